package org.iocconsole.console.syncstatus;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.iocconsole.console.access.GatedControls;
import org.iocconsole.console.common.Buttons;
import org.iocconsole.console.common.I18n;
import org.iocconsole.sync.access.Permission;
import org.iocconsole.sync.outbox.OutboxCounts;

/** The sync view's commands (sync selected, sync all, cancel) and the outbox counts. FX thread only. */
final class SyncStatusToolbar extends HBox {

    SyncStatusToolbar(SyncStatusViewModel vm, I18n i18n) {
        getStyleClass().add("sync-toolbar");

        Button syncSelected =
                Buttons.button("sync-now-button", i18n, "syncstatus.action.syncselected", vm::syncSelected);
        syncSelected.getStyleClass().add(Styles.ACCENT);
        Button syncAll = Buttons.button("sync-all-button", i18n, "syncstatus.action.syncall", vm::syncAll);
        Button cancel = Buttons.button("sync-cancel-button", i18n, "syncstatus.action.cancel", vm::cancelSelected);

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

    private static String outboxText(I18n i18n, OutboxCounts counts) {
        return counts == null
                ? i18n.get("syncstatus.outbox.unknown")
                : i18n.get("syncstatus.outbox", counts.pending(), counts.conflicts(), counts.rejected());
    }
}
