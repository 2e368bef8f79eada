package org.iocconsole.console.syncstatus;

import java.time.ZoneId;
import javafx.scene.Parent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.ScreenFrame;
import org.iocconsole.console.common.TimeTexts;

/**
 * The Data & Sync screen: every source with its phase, progress, rows, last success and last error; commands to sync
 * or cancel; the outbox counts. FX thread only.
 */
public final class SyncStatusView {
    private static final String STYLESHEET =
            SyncStatusView.class.getResource("sync-status.css").toExternalForm();

    private final ScreenFrame frame;

    public SyncStatusView(SyncStatusViewModel vm, I18n i18n, ZoneId zone) {
        TimeTexts times = new TimeTexts(i18n, zone);
        frame = new ScreenFrame("sync-status-view", i18n, times, "syncstatus.title", vm.freshnessProperty());
        frame.getStylesheets().add(STYLESHEET);
        SourceTable table = new SourceTable(vm, i18n, times);
        VBox.setVgrow(table.table(), Priority.ALWAYS);
        VBox body = new VBox(new SyncStatusToolbar(vm, i18n), table.table());
        body.getStyleClass().add("sync-body");
        frame.setContent(body);
    }

    public Parent root() {
        return frame;
    }
}
