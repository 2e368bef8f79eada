package org.iocconsole.sync.scenario;

import java.util.List;
import org.iocconsole.sync.cache.CacheDatabase;
import org.iocconsole.sync.cache.NoticeAlerts;

/**
 * The cache of a scenario session: its own file, named after the scenario, so a drill can never mix with live data
 * or with the plain demo. When the player rebuilds its province (a seek back, a reset, another scenario) the
 * synced tables are emptied and read again; the outbox and the audit log stay, since they hold what the operators
 * did during the drill.
 */
public final class ScenarioCache {
    public static final String PREFIX = "scenario-";

    /** The tables a sync fills (with the word index derived from the reports), and the cursors of how far it read. */
    static final List<String> SYNCED = List.of(
            "report_word",
            "report_word_pending",
            "report_word_line",
            "citizen_report",
            "camera",
            "indicator",
            "observation",
            "dossier_stat",
            "document_stat",
            "facility",
            "admin_unit",
            "unit_change",
            "notice",
            "sync_state");

    private ScenarioCache() {}

    /** {@code scenario-lu-song-cau}: never {@code live} nor {@code demo}. */
    public static String nameFor(Scenario scenario) {
        return PREFIX + scenario.id();
    }

    /**
     * Empties the synced tables and their cursors in one transaction, so the next sync reads everything again. The
     * alerts the drill's notices raised go with the notices; the rules' alerts stay.
     */
    public static void clearSynced(CacheDatabase cache) {
        cache.jdbi().useTransaction(tx -> {
            for (String table : SYNCED) {
                tx.execute("DELETE FROM " + table);
            }
            tx.createUpdate("DELETE FROM alert WHERE kind = :kind")
                    .bind("kind", NoticeAlerts.KIND)
                    .execute();
        });
    }
}
