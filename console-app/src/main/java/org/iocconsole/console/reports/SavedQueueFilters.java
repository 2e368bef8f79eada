package org.iocconsole.console.reports;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.iocconsole.sync.cache.QueueFilter;
import org.iocconsole.sync.cache.QueueSort;
import org.iocconsole.sync.cache.SavedFilters;

/**
 * The filters an operator saved under a name, with their sort: saving the queue's current one, showing one again,
 * deleting one. Reads and writes run off the FX thread; the list is FX thread only.
 */
public final class SavedQueueFilters {
    private final QueueServices services;
    private final ObjectProperty<QueueFilter> filter;
    private final ObjectProperty<QueueSort> sort;
    private final Clock clock;
    private final Executor background;
    private final Executor fx;
    private final Consumer<Notice> notices;
    private final ObservableList<SavedFilters.Saved> saved = FXCollections.observableArrayList();
    private final ObservableList<SavedFilters.Saved> readOnly = FXCollections.unmodifiableObservableList(saved);

    SavedQueueFilters(
            QueueServices services,
            ObjectProperty<QueueFilter> filter,
            ObjectProperty<QueueSort> sort,
            Clock clock,
            Executor background,
            Executor fx,
            Consumer<Notice> notices) {
        this.services = services;
        this.filter = filter;
        this.sort = sort;
        this.clock = clock;
        this.background = background;
        this.fx = fx;
        this.notices = notices;
    }

    /** Saves the queue's current filter and sort under a name; a blank name saves nothing. */
    public void save(String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        String chosen = name.strip();
        QueueFilter f = filter.get();
        QueueSort s = sort.get();
        Instant at = clock.instant();
        background.execute(() -> {
            services.savedFilters().save(chosen, f, s, at);
            fx.execute(() -> {
                notices.accept(Notice.info("reports.queue.notice.saved", chosen));
                load();
            });
        });
    }

    /** Shows the reports of a saved filter; one that can no longer be read says so and changes nothing. */
    public void apply(SavedFilters.Saved chosen) {
        if (chosen.filter() == null) {
            notices.accept(Notice.error("reports.queue.notice.unreadable", chosen.name()));
            return;
        }
        sort.set(chosen.sort() == null ? QueueSort.NEWEST : chosen.sort());
        filter.set(chosen.filter());
    }

    public void delete(SavedFilters.Saved chosen) {
        background.execute(() -> {
            services.savedFilters().delete(chosen.name());
            fx.execute(this::load);
        });
    }

    /** The saved filters, by name. */
    public ObservableList<SavedFilters.Saved> getSaved() {
        return readOnly;
    }

    void load() {
        background.execute(() -> {
            List<SavedFilters.Saved> read = services.savedFilters().all();
            fx.execute(() -> saved.setAll(read));
        });
    }
}
