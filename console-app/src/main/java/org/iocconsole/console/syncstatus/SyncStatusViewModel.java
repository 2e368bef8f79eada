package org.iocconsole.console.syncstatus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.iocconsole.console.access.AccessGate;
import org.iocconsole.console.common.Coalescer;
import org.iocconsole.console.common.DataFreshness;
import org.iocconsole.console.common.Requery;
import org.iocconsole.sync.access.Permission;
import org.iocconsole.sync.engine.ChangeEvent;
import org.iocconsole.sync.engine.ChangeListener;
import org.iocconsole.sync.engine.SourceSummary;
import org.iocconsole.sync.engine.SyncControl;
import org.iocconsole.sync.engine.SyncProgress;
import org.iocconsole.sync.engine.SyncProgressListener;
import org.iocconsole.sync.model.Contract;
import org.iocconsole.sync.model.SyncState;
import org.iocconsole.sync.outbox.OutboxCounts;

/**
 * The state of every source's sync and the outbox, for the Data & Sync view and the status bar.
 *
 * <p>{@link #onProgress} and {@link #onChange} are called on engine threads: they fold the news into a thread-safe
 * board and ask for a publication, which happens on the pulse executor at most once per pulse with the latest row of
 * each source. Everything else is FX thread only.
 */
public final class SyncStatusViewModel implements SyncProgressListener, ChangeListener {
    private static final Set<Contract> ALL_CONTRACTS = EnumSet.allOf(Contract.class);

    private final SyncControl control;
    private AccessGate gate = AccessGate.unrestricted();
    private final Clock clock;
    private final Duration staleAfter;
    private final boolean demo;
    private final SourceBoard board = new SourceBoard();
    private final Coalescer publisher;
    private final Requery<List<SyncState>> states;
    private final Requery<OutboxCounts> outbox;

    private final ObservableList<SourceItem> items = FXCollections.observableArrayList();
    private final ObservableList<SourceItem> readOnlyItems = FXCollections.unmodifiableObservableList(items);
    private final Map<String, SourceItem> itemsById = new HashMap<>();
    private final ObjectProperty<SourceItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper canSyncSelected = new ReadOnlyBooleanWrapper(this, "canSyncSelected");
    private final ReadOnlyBooleanWrapper canCancelSelected = new ReadOnlyBooleanWrapper(this, "canCancelSelected");
    private final ReadOnlyObjectWrapper<Instant> now = new ReadOnlyObjectWrapper<>(this, "now");
    private final ReadOnlyObjectWrapper<ConnectionState> connection =
            new ReadOnlyObjectWrapper<>(this, "connection", ConnectionState.CONNECTING);
    private final ReadOnlyObjectWrapper<OutboxCounts> outboxCounts = new ReadOnlyObjectWrapper<>(this, "outbox");
    private final List<FreshnessWatch> watches = new ArrayList<>();
    private final ReadOnlyObjectProperty<DataFreshness> freshness;

    /**
     * @param control where commands go
     * @param loadStates reads every source's sync state from the cache; blocking, run on {@code background}
     * @param loadOutbox reads the outbox counts; blocking, run on {@code background}
     * @param staleAfter figures older than this are marked stale
     * @param demo whether the session shows the demo province
     * @param background runs the cache reads
     * @param fx runs work on the FX thread
     * @param pulse runs work on the FX thread at the next pulse
     */
    public SyncStatusViewModel(
            SyncControl control,
            Supplier<List<SyncState>> loadStates,
            Supplier<OutboxCounts> loadOutbox,
            Clock clock,
            Duration staleAfter,
            boolean demo,
            Executor background,
            Executor fx,
            Executor pulse) {
        this.control = control;
        this.clock = clock;
        this.staleAfter = staleAfter;
        this.demo = demo;
        this.publisher = new Coalescer(pulse, this::publish);
        this.states = new Requery<>("sync states", loadStates, background, fx, this::mergeStates);
        this.outbox = new Requery<>("outbox counts", loadOutbox, background, fx, outboxCounts::set);
        this.now.set(clock.instant());
        this.freshness = freshnessFor(ALL_CONTRACTS);
        selected.addListener((o, old, item) -> updateCommands());
    }

    /** Shows the configured sources and starts reading their stored states and the outbox. */
    public void start() {
        for (SourceSummary summary : control.sources()) {
            board.update(summary.sourceId(), summary.contract(), row -> row.withSummary(summary));
            SourceItem item = new SourceItem(board.get(summary.sourceId()));
            itemsById.put(item.sourceId(), item);
            items.add(item);
        }
        states.request();
        outbox.request();
        publish();
    }

    @Override
    public void onProgress(SyncProgress progress) {
        board.update(progress.sourceId(), progress.contract(), row -> row.withProgress(progress));
        publisher.request();
        if (progress.finished()) {
            // The cache now holds the run's outcome and row count.
            states.request();
        }
    }

    @Override
    public void onChange(ChangeEvent event) {
        outbox.request();
    }

    /** Re-reads what depends on the clock (relative times, staleness); called periodically. */
    public void tick() {
        now.set(clock.instant());
        updateDerived();
        // Actions sent while nothing synced change no rows: the pending count is read again with the clock.
        outbox.request();
    }

    /** Who may act here; unrestricted until the wiring sets the signed-in user's gate. */
    public void setGate(AccessGate gate) {
        this.gate = gate;
    }

    public AccessGate gate() {
        return gate;
    }

    /** Runs the selected source now. */
    public void syncSelected() {
        SourceItem item = selected.get();
        if (item != null && gate.may(Permission.RUN_SYNC)) {
            control.syncNow(item.sourceId());
        }
    }

    /** Runs every source now. */
    public void syncAll() {
        if (gate.may(Permission.RUN_SYNC)) {
            control.syncAllNow();
        }
    }

    /** Stops the selected source's run. */
    public void cancelSelected() {
        SourceItem item = selected.get();
        if (item != null && gate.may(Permission.RUN_SYNC)) {
            control.cancel(item.sourceId());
        }
    }

    /**
     * The freshness of the sources of these contracts, kept up to date like the rest of this model. For views that
     * stamp their figures "as of".
     */
    public ReadOnlyObjectProperty<DataFreshness> freshnessFor(Set<Contract> contracts) {
        FreshnessWatch watch = new FreshnessWatch(Set.copyOf(contracts));
        watches.add(watch);
        watch.update(rows(), now.get(), staleAfter);
        return watch.value.getReadOnlyProperty();
    }

    public ObservableList<SourceItem> getItems() {
        return readOnlyItems;
    }

    public ObjectProperty<SourceItem> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty canSyncSelectedProperty() {
        return canSyncSelected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canCancelSelectedProperty() {
        return canCancelSelected.getReadOnlyProperty();
    }

    /**
     * The clock's time at the last tick; relative times and staleness are measured from it. It moves only on ticks,
     * so that views redraw their relative times every few seconds, not at every published progress report.
     */
    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    /** Freshness of all sources: the oldest last success among them. */
    public ReadOnlyObjectProperty<DataFreshness> freshnessProperty() {
        return freshness;
    }

    public ReadOnlyObjectProperty<ConnectionState> connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    /** The outbox counts, or null until they were read once. */
    public ReadOnlyObjectProperty<OutboxCounts> outboxProperty() {
        return outboxCounts.getReadOnlyProperty();
    }

    /** The threshold after which figures are marked stale. */
    public Duration staleAfter() {
        return staleAfter;
    }

    private void mergeStates(List<SyncState> loaded) {
        for (SyncState state : loaded) {
            board.update(state.sourceId(), state.contract(), row -> row.withState(state));
        }
        publisher.request();
    }

    private void publish() {
        for (String sourceId : board.drainChanged()) {
            SourceItem item = itemsById.get(sourceId);
            // Sources missing from the configuration (a stale cache row, an old event) are not shown.
            if (item != null) {
                item.setRow(board.get(sourceId));
            }
        }
        updateDerived();
        updateCommands();
    }

    private void updateDerived() {
        List<SourceRow> rows = rows();
        connection.set(ConnectionState.of(rows, demo));
        for (FreshnessWatch watch : watches) {
            watch.update(rows, now.get(), staleAfter);
        }
    }

    private void updateCommands() {
        SourceItem item = selected.get();
        boolean running = item != null && item.getRow().running();
        canSyncSelected.set(item != null && !running);
        canCancelSelected.set(running);
    }

    private List<SourceRow> rows() {
        List<SourceRow> rows = new ArrayList<>(items.size());
        for (SourceItem item : items) {
            rows.add(item.getRow());
        }
        return rows;
    }

    /** A freshness property over some contracts. */
    private static final class FreshnessWatch {
        private final Set<Contract> contracts;
        private final ReadOnlyObjectWrapper<DataFreshness> value = new ReadOnlyObjectWrapper<>(DataFreshness.NONE);

        FreshnessWatch(Set<Contract> contracts) {
            this.contracts = contracts;
        }

        void update(List<SourceRow> rows, Instant now, Duration staleAfter) {
            // Sources that never succeeded have no figures to date, so they do not pull the date back.
            List<SourceRow> mine = rows.stream()
                    .filter(row -> contracts.contains(row.contract()))
                    .toList();
            Instant oldest = mine.stream()
                    .map(SourceRow::lastSuccessAt)
                    .filter(Objects::nonNull)
                    .min(Instant::compareTo)
                    .orElse(null);
            // Each source is judged against its own schedule.
            boolean stale = mine.stream().anyMatch(row -> row.stale(now, staleAfter));
            value.set(oldest == null ? DataFreshness.NONE : new DataFreshness(oldest, stale));
        }
    }
}
