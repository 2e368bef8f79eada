package org.iocconsole.console.workspace;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.iocconsole.console.common.DataFreshness;
import org.iocconsole.console.syncstatus.ConnectionState;
import org.iocconsole.console.syncstatus.SyncStatusViewModel;
import org.iocconsole.sync.outbox.OutboxCounts;

/**
 * What the status bar shows: connection, freshness of all figures, pending outbox actions. Until the data side is
 * open it shows "connecting" and nothing else; then it follows the sync view model. FX thread only.
 */
public final class StatusBarViewModel {
    private final ObjectProperty<ConnectionState> connection;
    private final ObjectProperty<DataFreshness> freshness = new SimpleObjectProperty<>(this, "freshness");
    private final ObjectProperty<OutboxCounts> outbox = new SimpleObjectProperty<>(this, "outbox");

    /** @param demo whether the session is known to be a demo from the start */
    public StatusBarViewModel(boolean demo) {
        connection = new SimpleObjectProperty<>(
                this, "connection", demo ? ConnectionState.DEMO : ConnectionState.CONNECTING);
    }

    /** Follows the sync state once the data side is open. */
    public void follow(SyncStatusViewModel sync) {
        connection.bind(sync.connectionProperty());
        freshness.bind(sync.freshnessProperty());
        outbox.bind(sync.outboxProperty());
    }

    /** Opening the data side failed: the bar says so instead of "connecting" forever. */
    public void openingFailed() {
        connection.unbind();
        connection.set(ConnectionState.FAILED);
    }

    public ReadOnlyObjectProperty<ConnectionState> connectionProperty() {
        return connection;
    }

    /** Freshness of all figures, or null until the data side is open. */
    public ReadOnlyObjectProperty<DataFreshness> freshnessProperty() {
        return freshness;
    }

    /** Outbox counts, or null while unknown. */
    public ReadOnlyObjectProperty<OutboxCounts> outboxProperty() {
        return outbox;
    }
}
