package org.iocconsole.console.workspace;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.iocconsole.console.common.AsOfLabel;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.TimeTexts;
import org.iocconsole.console.syncstatus.ConnectionState;
import org.iocconsole.sync.outbox.OutboxCounts;

/** The shell's status bar: connection, freshness of all figures, pending outbox actions. FX thread only. */
final class StatusBar extends HBox {
    private static final String CONNECTION_PREFIX = "status-connection-";

    StatusBar(StatusBarViewModel vm, I18n i18n, TimeTexts times) {
        getStyleClass().add("status-bar");

        Region dot = new Region();
        dot.getStyleClass().add("status-dot");
        Label connection = new Label();
        connection.setId("status-connection");
        connection.setGraphic(dot);
        connection.textProperty().bind(i18n.compute(() -> connectionText(i18n, vm), vm.connectionProperty()));
        vm.connectionProperty().subscribe(state -> {
            connection.getStyleClass().removeIf(c -> c.startsWith(CONNECTION_PREFIX));
            connection.getStyleClass().add(CONNECTION_PREFIX + slug(state));
        });

        AsOfLabel freshness = new AsOfLabel(i18n, times, vm.freshnessProperty());
        freshness.setId("status-freshness");
        freshness.getStyleClass().add("status-freshness");

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Label outbox = new Label();
        outbox.setId("status-outbox");
        outbox.textProperty()
                .bind(i18n.compute(() -> outboxText(i18n, vm.outboxProperty().get()), vm.outboxProperty()));

        getChildren().addAll(connection, freshness, spacer, outbox);
    }

    private static String connectionText(I18n i18n, StatusBarViewModel vm) {
        return i18n.get(
                "shell.status.connection." + slug(vm.connectionProperty().get()));
    }

    private static String outboxText(I18n i18n, OutboxCounts counts) {
        return counts == null
                ? i18n.get("shell.status.outbox.unknown")
                : i18n.get("shell.status.outbox", counts.pending());
    }

    private static String slug(ConnectionState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }
}
