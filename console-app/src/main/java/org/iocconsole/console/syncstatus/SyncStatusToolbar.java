package org.iocconsole.console.syncstatus;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.iocconsole.console.access.GatedControls;
import org.iocconsole.console.common.I18n;
import org.iocconsole.sync.access.Permission;
import org.iocconsole.sync.outbox.OutboxCounts;

/** The sync view's commands (sync selected, sync all, cancel) and the outbox counts. FX thread only. */
final class SyncStatusToolbar extends HBox {

    SyncStatusToolbar(SyncStatusViewModel vm, I18n i18n) {
        getStyleClass().add("sync-toolbar");

        Button syncSelected = button("sync-now-button", "syncstatus.action.syncselected", i18n, vm::syncSelected);
        syncSelected.getStyleClass().add(Styles.ACCENT);
        Button syncAll = button("sync-all-button", "syncstatus.action.syncall", i18n, vm::syncAll);
        Button cancel = button("sync-cancel-button", "syncstatus.action.cancel", i18n, vm::cancelSelected);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Label outbox = new Label();
        outbox.setId("sync-outbox");
        outbox.getStyleClass().add("sync-outbox");
        outbox.textProperty()
                .bind(i18n.compute(() -> outboxText(i18n, vm.outboxProperty().get()), vm.outboxProperty()));

        getChildren().addAll(syncSelected, syncAll, cancel, spacer, outbox);
        GatedControls.gate(
                syncSelected,
                vm.gate(),
                Permission.RUN_SYNC,
                i18n,
                vm.canSyncSelectedProperty().not());
        GatedControls.gate(syncAll, vm.gate(), Permission.RUN_SYNC, i18n);
        GatedControls.gate(
                cancel,
                vm.gate(),
                Permission.RUN_SYNC,
                i18n,
                vm.canCancelSelectedProperty().not());
    }

    private static Button button(String id, String key, I18n i18n, Runnable command) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(i18n.text(key));
        button.setOnAction(event -> command.run());
        return button;
    }

    private static String outboxText(I18n i18n, OutboxCounts counts) {
        return counts == null
                ? i18n.get("syncstatus.outbox.unknown")
                : i18n.get("syncstatus.outbox", counts.pending(), counts.conflicts(), counts.rejected());
    }
}
