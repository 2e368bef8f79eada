package org.iocconsole.console.map;

import java.util.Map;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.PlainText;
import org.iocconsole.console.common.SearchText;

/**
 * The type of a unit ("Phường", "Xã", "Đặc khu") in the current language. The contract gives the type as Vietnamese
 * text; known types are translated, others shown as they came, as plain text. FX thread only, like the {@link I18n}.
 */
final class UnitTypes {
    /** Folded Vietnamese type → bundle key suffix. */
    static final Map<String, String> KNOWN = Map.of(
            "phuong", "ward",
            "xa", "commune",
            "dac khu", "special-zone",
            "thi tran", "township");

    private final I18n i18n;

    UnitTypes(I18n i18n) {
        this.i18n = i18n;
    }

    String name(String type) {
        String known = KNOWN.get(SearchText.fold(type));
        return known != null ? i18n.get("map.unittype." + known) : PlainText.line(type);
    }
}
