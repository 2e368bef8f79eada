package org.iocconsole.console.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.iocconsole.console.common.Requery;
import org.iocconsole.sync.dashboard.DashboardLayout;
import org.iocconsole.sync.engine.ChangeEvent;
import org.iocconsole.sync.engine.ChangeListener;
import org.iocconsole.sync.kpi.PeriodView;

/**
 * A saved dashboard shown: its layout and its figures for the last complete month, for the province or a commune
 * drilled down to, read off the FX thread at start, whenever a sync brings rows the board reads and whenever the
 * dashboard is saved again. {@link #onChange} and {@link #refresh} may be called on any thread; everything else is
 * FX thread only.
 */
public final class DashboardViewModel implements ChangeListener {
    private final ReadOnlyObjectWrapper<DashboardData> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ReadOnlyStringWrapper areaCode = new ReadOnlyStringWrapper(this, "areaCode");
    private final Requery<DashboardData> reads;
    // The area asked for, as the background read sees it.
    private volatile String area;
    // Set once the view is gone: no read is asked for, and a read still running is dropped.
    private volatile boolean released;

    /**
     * @param layout reads the dashboard's layout; blocking, run on {@code background}; null when it is gone
     * @param load reads the figures of a layout for the month before today's; blocking, run on {@code background}
     */
    public DashboardViewModel(
            Supplier<DashboardLayout> layout,
            Function<DashboardRead, DashboardData> load,
            Clock clock,
            Executor background,
            Executor fx) {
        reads = new Requery<>(
                "dashboard",
                () -> {
                    DashboardLayout shown = layout.get();
                    LocalDate today = LocalDate.now(clock);
                    return shown == null
                            ? null
                            : load.apply(new DashboardRead(
                                    shown, YearMonth.from(today).minusMonths(1), today, area));
                },
                background,
                fx,
                read -> {
                    if (!released) {
                        data.set(read);
                    }
                });
        areaCode.addListener((o, old, now) -> {
            area = now;
            request();
        });
    }

    /**
     * What to read: a layout, the month its figures are for, the day that decides the units in force and the commune
     * (null for the province).
     */
    public record DashboardRead(DashboardLayout layout, YearMonth month, LocalDate today, String areaCode) {
        public PeriodView view() {
            return PeriodView.MONTH;
        }
    }

    public void start() {
        request();
    }

    /** Reads the layout and its figures again: the dashboard was saved. */
    public void refresh() {
        request();
    }

    @Override
    public void onChange(ChangeEvent event) {
        if (KpiBoardViewModel.CONTRACTS.contains(event.contract())) {
            request();
        }
    }

    /** The view is closed for good: reads nothing from now on and keeps the last figures it had. */
    public void release() {
        released = true;
    }

    /** Whether {@link #release()} was called. */
    public boolean isReleased() {
        return released;
    }

    private void request() {
        if (!released) {
            reads.request();
        }
    }

    /** Shows a commune's figures. */
    public void drillDown(String communeCode) {
        areaCode.set(communeCode);
    }

    /** Back from a commune to the province. */
    public void backToProvince() {
        areaCode.set(null);
    }

    /** The commune shown; null for the whole province. */
    public ReadOnlyStringProperty areaCodeProperty() {
        return areaCode.getReadOnlyProperty();
    }

    /** The latest read; null until the first arrives, or when the dashboard does not exist. */
    public ReadOnlyObjectProperty<DashboardData> dataProperty() {
        return data.getReadOnlyProperty();
    }
}
