package org.iocconsole.sync.model;

/** The API contracts the sync engine understands (docs/api). */
public enum Contract {
    OPEN311("open311"),
    ADMIN_UNITS("admin-units"),
    UNIT_CHANGES("unit-changes"),
    INDICATORS("indicators"),
    OBSERVATIONS("observations"),
    DOSSIER_STATS("dossier-stats"),
    DOCUMENT_STATS("document-stats"),
    CAMERAS("cameras"),
    FACILITIES("facilities"),
    NOTICES("notices");

    private final String wireName;

    Contract(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in sources.yaml and the docs. */
    public String wireName() {
        return wireName;
    }

    /** Parses a contract name; throws {@link IllegalArgumentException} listing the known ones. */
    public static Contract fromWire(String name) {
        for (Contract contract : values()) {
            if (contract.wireName.equals(name)) {
                return contract;
            }
        }
        StringBuilder known = new StringBuilder();
        for (Contract contract : values()) {
            known.append(known.length() == 0 ? "" : ", ").append(contract.wireName);
        }
        throw new IllegalArgumentException("unknown contract \"" + name + "\" (known: " + known + ")");
    }
}
