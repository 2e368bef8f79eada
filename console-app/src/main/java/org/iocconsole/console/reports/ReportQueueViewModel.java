package org.iocconsole.console.reports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.iocconsole.console.access.AccessGate;
import org.iocconsole.console.common.DataFreshness;
import org.iocconsole.console.common.ListUpdates;
import org.iocconsole.console.common.Requery;
import org.iocconsole.sync.cache.QueueFilter;
import org.iocconsole.sync.cache.QueuePage;
import org.iocconsole.sync.cache.QueueRow;
import org.iocconsole.sync.cache.QueueSort;
import org.iocconsole.sync.cache.ReportQueue;
import org.iocconsole.sync.engine.ChangeEvent;
import org.iocconsole.sync.engine.ChangeListener;
import org.iocconsole.sync.model.Contract;
import org.iocconsole.sync.reports.SlaState;

/**
 * The state of the citizen report queue: the reports of the current filter and sort, read from the cache a page at a
 * time as the operator scrolls (never all of them), counts per status and deadline, the selected report in full, and
 * the operator's actions on it ({@link QueueActions}). A sync re-reads the loaded rows: reports that arrive are marked
 * fresh for {@link #FRESH_FOR}, and items keep their identity so the selection and scroll position stay.
 * {@link #onChange} may be called on any thread; everything else is FX thread only.
 */
public final class ReportQueueViewModel implements ChangeListener {
    /** The contracts whose rows the queue shows: the reports, and the units that name their communes. */
    public static final Set<Contract> CONTRACTS = Set.of(Contract.OPEN311, Contract.ADMIN_UNITS);
    /** Rows read per page. */
    public static final int PAGE = 100;
    /** A sync re-reads at most this many loaded rows; the ones beyond are read again when the filter changes. */
    static final int MAX_REFRESH = 1000;
    /** How long a report that arrived with a sync stays highlighted. */
    public static final Duration FRESH_FOR = Duration.ofSeconds(8);

    /** What a read was asked for; taken on the FX thread, read on the background one. */
    private record Request(QueueFilter filter, QueueSort sort, int size, int generation, boolean refresh) {}

    private record Loaded(Request request, List<QueueRow> rows, QueuePage.Position next) {}

    private final QueueServices services;
    private final Clock clock;
    private final Executor background;
    private final Executor fx;
    private final Requery<Loaded> reads;
    private final QueueCounts counts;
    private final SavedQueueFilters savedFilters;
    private final QueueActions actions;
    private AccessGate gate = AccessGate.unrestricted();
    private final ReadOnlyObjectWrapper<DataFreshness> freshness = new ReadOnlyObjectWrapper<>(this, "freshness");
    private final ObjectProperty<QueueFilter> filter = new SimpleObjectProperty<>(this, "filter", QueueFilter.all());
    private final ObjectProperty<QueueSort> sort = new SimpleObjectProperty<>(this, "sort", QueueSort.NEWEST);
    private final ObservableList<QueueItem> items = FXCollections.observableArrayList();
    private final ObservableList<QueueItem> readOnlyItems = FXCollections.unmodifiableObservableList(items);
    private final ObjectProperty<QueueItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<SelectedReport> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final ReadOnlyObjectWrapper<ReportQueue.Choices> choices =
            new ReadOnlyObjectWrapper<>(this, "choices", ReportQueue.Choices.none());
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper(this, "hasMore");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyObjectWrapper<Instant> now = new ReadOnlyObjectWrapper<>(this, "now");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private volatile Request request;
    private Map<String, QueueItem> itemsById = new HashMap<>();
    private QueuePage.Position next;
    private int generation;
    private boolean loadingMore;

    /**
     * @param freshness the freshness of the sources of {@link #CONTRACTS}
     * @param clock what deadlines are measured against
     * @param background runs the cache reads and the actions
     * @param fx runs work on the FX thread
     */
    public ReportQueueViewModel(
            QueueServices services,
            ObservableValue<DataFreshness> freshness,
            Clock clock,
            Executor background,
            Executor fx) {
        this.services = services;
        this.clock = clock;
        this.background = background;
        this.fx = fx;
        this.freshness.bind(freshness);
        this.now.set(clock.instant());
        this.request = new Request(QueueFilter.all(), QueueSort.NEWEST, PAGE, 0, false);
        this.reads = new Requery<>("report queue", this::read, background, fx, this::apply);
        // Counts come after the rows: the table shows as soon as its first page is read.
        this.counts = new QueueCounts(services, clock, background, fx, notice::set);
        this.savedFilters = new SavedQueueFilters(services, filter, sort, clock, background, fx, notice::set);
        this.actions = new QueueActions(this, services, background, fx);
        filter.addListener((o, old, value) -> reload());
        sort.addListener((o, old, value) -> reload());
        selected.addListener((o, old, item) -> loadDetail());
    }

    /** Reads the first page, the counts, the filters' choices and the saved filters. */
    public void start() {
        reload();
        background.execute(() -> {
            ReportQueue.Choices read = services.queue().choices();
            fx.execute(() -> choices.set(read));
        });
        savedFilters.load();
    }

    @Override
    public void onChange(ChangeEvent event) {
        if (CONTRACTS.contains(event.contract())) {
            fx.execute(this::refresh);
        }
    }

    /** Moves the countdowns and the highlights to the clock's time; called once a second. */
    public void tick() {
        now.set(clock.instant());
        for (QueueItem item : items) {
            item.tick(now.get());
        }
        counts.tick(now.get());
    }

    /** Reads the next page when there is one; the table calls it when the operator scrolls near the end. */
    public void loadMore() {
        if (!hasMore.get() || loadingMore) {
            return;
        }
        loadingMore = true;
        int asked = generation;
        QueueFilter f = filter.get();
        QueueSort s = sort.get();
        QueuePage.Position after = next;
        Instant at = clock.instant();
        background.execute(() -> {
            QueuePage page = services.queue().page(f, s, after, PAGE, at);
            fx.execute(() -> {
                loadingMore = false;
                if (asked != generation) {
                    return;
                }
                List<QueueItem> wanted = new ArrayList<>(items);
                for (QueueRow row : page.rows()) {
                    if (!itemsById.containsKey(row.id())) {
                        QueueItem item = new QueueItem(row);
                        itemsById.put(row.id(), item);
                        wanted.add(item);
                    }
                }
                ListUpdates.update(items, wanted);
                next = page.next();
                hasMore.set(next != null);
            });
        });
    }

    /** Reads the loaded rows and the counts again (after an action, or a sync). */
    public void refresh() {
        int size = Math.max(PAGE, Math.min(items.size(), MAX_REFRESH));
        request = new Request(filter.get(), sort.get(), size, generation, true);
        reads.request();
    }

    private void reload() {
        generation++;
        request = new Request(filter.get(), sort.get(), PAGE, generation, false);
        reads.request();
    }

    private Loaded read() {
        Request asked = request;
        ReportQueue queue = services.queue();
        Instant at = clock.instant();
        QueuePage page = queue.page(asked.filter(), asked.sort(), null, asked.size(), at);
        return new Loaded(asked, page.rows(), page.next());
    }

    private void apply(Loaded result) {
        if (result.request().refresh() || !loaded.get()) {
            counts.request();
        }
        if (result.request().generation() != generation) {
            return; // the filter changed meanwhile; its own read follows
        }
        now.set(clock.instant());
        boolean merge = result.request().refresh() && loaded.get();
        Map<String, QueueItem> nextById = new HashMap<>();
        List<QueueItem> wanted = new ArrayList<>();
        Set<String> read = new HashSet<>();
        for (QueueRow row : result.rows()) {
            QueueItem item = itemsById.get(row.id());
            if (item == null) {
                item = new QueueItem(row);
                if (merge) {
                    item.markFresh(now.get().plus(FRESH_FOR));
                }
            } else {
                item.update(row);
            }
            if (read.add(row.id())) {
                nextById.put(row.id(), item);
                wanted.add(item);
            }
        }
        boolean keepTail = merge && items.size() > result.request().size();
        if (keepTail) {
            // Rows beyond what was read again stay as they were, where the operator may be looking.
            for (QueueItem item : items.subList(result.request().size(), items.size())) {
                if (read.add(item.id())) {
                    nextById.put(item.id(), item);
                    wanted.add(item);
                }
            }
        } else {
            next = result.next();
        }
        QueueItem chosen = selected.get();
        int chosenAt = chosen == null ? -1 : items.indexOf(chosen);
        itemsById = nextById;
        ListUpdates.update(items, wanted);
        hasMore.set(next != null);
        loaded.set(true);
        if (chosen != null && itemsById.get(chosen.id()) != chosen) {
            // The report left the filter (an action moved it): the one now in its place is the next to triage.
            selected.set(items.isEmpty() ? null : items.get(Math.min(chosenAt, items.size() - 1)));
        } else if (chosen != null) {
            loadDetail();
        }
    }

    void loadDetail() {
        QueueItem item = selected.get();
        if (item == null) {
            detail.set(null);
            return;
        }
        String id = item.id();
        background.execute(() -> {
            SelectedReport read = services.details()
                    .find(id)
                    .map(d -> new SelectedReport(d, CommuneOutline.rings(d.communeGeometry())))
                    .orElse(null);
            fx.execute(() -> {
                QueueItem current = selected.get();
                if (current != null && current.id().equals(id)) {
                    detail.set(read);
                }
            });
        });
    }

    /** Where a row stands against its deadline now. */
    public SlaState slaState(QueueRow row) {
        return SlaState.of(
                row.open(), row.expectedAt(), now.get(), services.queue().atRisk());
    }

    /** How close to its deadline an open report counts as at risk. */
    public Duration atRisk() {
        return services.queue().atRisk();
    }

    void setNotice(Notice value) {
        notice.set(value);
    }

    Instant clockNow() {
        return clock.instant();
    }

    /** Who may act here; unrestricted until the wiring sets the signed-in user's gate. */
    public void setGate(AccessGate gate) {
        this.gate = gate;
    }

    public AccessGate gate() {
        return gate;
    }

    /** The operator's actions on the selected report. */
    public QueueActions actions() {
        return actions;
    }

    /** Counts per status and deadline over the whole queue. */
    public QueueCounts counts() {
        return counts;
    }

    /** The filters saved under a name. */
    public SavedQueueFilters savedFilters() {
        return savedFilters;
    }

    public ReadOnlyObjectProperty<DataFreshness> freshnessProperty() {
        return freshness.getReadOnlyProperty();
    }

    public ObjectProperty<QueueFilter> filterProperty() {
        return filter;
    }

    public ObjectProperty<QueueSort> sortProperty() {
        return sort;
    }

    /** The reports loaded so far, in the queue's order. */
    public ObservableList<QueueItem> getItems() {
        return readOnlyItems;
    }

    public ObjectProperty<QueueItem> selectedProperty() {
        return selected;
    }

    /** The selected report in full; null while none is selected or it is being read. */
    public ReadOnlyObjectProperty<SelectedReport> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ReportQueue.Choices> choicesProperty() {
        return choices.getReadOnlyProperty();
    }

    /** Whether more rows follow the ones loaded. */
    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** The clock's time at the latest tick: countdowns are measured against it. */
    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    /** The latest message for the operator. */
    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
