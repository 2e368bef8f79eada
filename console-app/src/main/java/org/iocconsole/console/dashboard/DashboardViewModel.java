package org.iocconsole.console.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.iocconsole.console.common.Requery;
import org.iocconsole.sync.dashboard.DashboardLayout;
import org.iocconsole.sync.engine.ChangeEvent;
import org.iocconsole.sync.engine.ChangeListener;
import org.iocconsole.sync.kpi.PeriodView;

/**
 * A saved dashboard shown: its layout and its figures for the last complete month, read off the FX thread at start
 * and whenever a sync brings rows the board reads. {@link #onChange} may be called on any thread; everything else is
 * FX thread only.
 */
public final class DashboardViewModel implements ChangeListener {
    private final ReadOnlyObjectWrapper<DashboardData> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final Requery<DashboardData> reads;

    /**
     * @param layout reads the dashboard's layout; blocking, run on {@code background}; null when it is gone
     * @param load reads the figures of a layout for the month before today's; blocking, run on {@code background}
     */
    public DashboardViewModel(
            java.util.function.Supplier<DashboardLayout> layout,
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
                                    shown, YearMonth.from(today).minusMonths(1), today));
                },
                background,
                fx,
                data::set);
    }

    /** What to read: a layout, the month its figures are for and the day that decides the units in force. */
    public record DashboardRead(DashboardLayout layout, YearMonth month, LocalDate today) {
        public PeriodView view() {
            return PeriodView.MONTH;
        }
    }

    public void start() {
        reads.request();
    }

    @Override
    public void onChange(ChangeEvent event) {
        if (KpiBoardViewModel.CONTRACTS.contains(event.contract())) {
            reads.request();
        }
    }

    /** The latest read; null until the first arrives, or when the dashboard does not exist. */
    public ReadOnlyObjectProperty<DashboardData> dataProperty() {
        return data.getReadOnlyProperty();
    }
}
