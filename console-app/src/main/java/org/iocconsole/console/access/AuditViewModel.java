package org.iocconsole.console.access;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.iocconsole.sync.access.Permission;
import org.iocconsole.sync.cache.AuditEntry;
import org.iocconsole.sync.cache.AuditFilter;
import org.iocconsole.sync.cache.AuditLog;

/**
 * The audit log viewer: who did what, when, filtered by user, action and days, newest first, a page at a time, and
 * exported as CSV. Reads and writes run off the FX thread. Only a role that may read the audit log sees anything.
 * FX thread only.
 */
public final class AuditViewModel {
    /** Entries per page. */
    public static final int PAGE_SIZE = 100;

    private final AuditLog audit;
    private final AccessGate gate;
    private final ZoneId zone;
    private final Executor background;
    private final Executor fx;
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final StringProperty action = new SimpleStringProperty(this, "action", "");
    private final ObjectProperty<LocalDate> fromDay = new SimpleObjectProperty<>(this, "fromDay");
    private final ObjectProperty<LocalDate> toDay = new SimpleObjectProperty<>(this, "toDay");
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(this, "total");
    private final ReadOnlyLongWrapper page = new ReadOnlyLongWrapper(this, "page");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private int generation;

    /** @param zone the days of the filter are days in this zone */
    public AuditViewModel(AuditLog audit, AccessGate gate, ZoneId zone, Executor background, Executor fx) {
        this.audit = audit;
        this.gate = gate;
        this.zone = zone;
        this.background = background;
        this.fx = fx;
    }

    public StringProperty userProperty() {
        return user;
    }

    /** An action or its family ({@code login} finds {@code login.failed} too). */
    public StringProperty actionProperty() {
        return action;
    }

    /** The first day shown, or null for no limit. */
    public ObjectProperty<LocalDate> fromDayProperty() {
        return fromDay;
    }

    /** The last day shown, or null for no limit. */
    public ObjectProperty<LocalDate> toDayProperty() {
        return toDay;
    }

    public ObservableList<AuditEntry> getEntries() {
        return entries;
    }

    /** How many entries the filter selects. */
    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** The page shown, from 0. */
    public ReadOnlyLongProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    /** "done:FILE:COUNT", "failed:MESSAGE", "refused" after an export; empty before. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Applies the filter from the first page. */
    public void search() {
        load(0);
    }

    public void nextPage() {
        if ((page.get() + 1) * PAGE_SIZE < total.get()) {
            load(page.get() + 1);
        }
    }

    public void previousPage() {
        if (page.get() > 0) {
            load(page.get() - 1);
        }
    }

    /** Writes every entry the filter selects to {@code file} as CSV. */
    public void exportCsv(Path file) {
        if (!gate.may(Permission.EXPORT_AUDIT)) {
            result.set("refused");
            return;
        }
        AuditFilter filter = filter();
        background.execute(() -> {
            String outcome;
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                long written = audit.exportCsv(filter, out);
                outcome = "done:" + file + ":" + written;
            } catch (IOException | RuntimeException e) {
                outcome = "failed:" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
            String done = outcome;
            fx.execute(() -> result.set(done));
        });
    }

    /** The filter as it stands; the days run from the start of the first to the end of the last, in the zone. */
    AuditFilter filter() {
        LocalDate from = fromDay.get();
        LocalDate to = toDay.get();
        return new AuditFilter(
                user.get(),
                action.get(),
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private void load(long pageNumber) {
        if (!gate.may(Permission.EXPORT_AUDIT)) {
            entries.clear();
            total.set(0);
            return;
        }
        AuditFilter filter = filter();
        int asked = ++generation;
        background.execute(() -> {
            long count = audit.count(filter);
            List<AuditEntry> rows = audit.page(filter, pageNumber * PAGE_SIZE, PAGE_SIZE);
            fx.execute(() -> {
                if (asked == generation) {
                    total.set(count);
                    page.set(pageNumber);
                    entries.setAll(rows);
                }
            });
        });
    }
}
