package org.iocconsole.console.dashboard;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.iocconsole.console.access.AccessGate;
import org.iocconsole.console.common.Requery;
import org.iocconsole.sync.access.Permission;
import org.iocconsole.sync.alert.Alert;
import org.iocconsole.sync.engine.ChangeEvent;
import org.iocconsole.sync.engine.ChangeListener;
import org.iocconsole.sync.kpi.PeriodView;
import org.iocconsole.sync.model.Contract;

/**
 * The state of the KPI board: the period and area chosen, and the figures read for them off the FX thread whenever
 * the choice changes or a sync brings new figures. Drill-down goes from the province to a commune and back.
 * {@link #onChange} may be called on any thread; everything else is FX thread only.
 */
public final class KpiBoardViewModel implements ChangeListener {
    /** The contracts whose rows the board reads. */
    public static final Set<Contract> CONTRACTS = Set.of(
            Contract.INDICATORS,
            Contract.OBSERVATIONS,
            Contract.DOSSIER_STATS,
            Contract.DOCUMENT_STATS,
            Contract.ADMIN_UNITS,
            Contract.UNIT_CHANGES,
            Contract.OPEN311,
            Contract.CAMERAS);

    /** The indicator the charts show until the user picks another: reported per commune too. */
    public static final String DEFAULT_CHART = "PS_DOSSIERS_RECEIVED";

    private final ObjectProperty<PeriodView> view = new SimpleObjectProperty<>(this, "view", PeriodView.MONTH);
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>(this, "month");
    private final ReadOnlyStringWrapper areaCode = new ReadOnlyStringWrapper(this, "areaCode");
    private final StringProperty chartCode = new SimpleStringProperty(this, "chartCode", DEFAULT_CHART);
    private final ObjectProperty<List<String>> tileCodes = new SimpleObjectProperty<>(this, "tileCodes", List.of());
    private final ReadOnlyObjectWrapper<BoardData> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final Requery<BoardData> reads;
    private final Consumer<Alert> acknowledge;
    private AccessGate gate = AccessGate.unrestricted();
    private final Executor background;
    private final Executor fx;
    private final ReadOnlyStringWrapper exportResult = new ReadOnlyStringWrapper(this, "exportResult", "");

    /**
     * @param load reads the board for a request and the day in the console's zone; blocking, run on {@code background}
     * @param acknowledge acknowledges an alert (outbox and audit); blocking, run on {@code background}
     * @param clock its zone decides "today"; the board opens on the last complete month
     */
    public KpiBoardViewModel(
            BiFunction<BoardRequest, LocalDate, BoardData> load,
            Consumer<Alert> acknowledge,
            Clock clock,
            Executor background,
            Executor fx) {
        this.acknowledge = acknowledge;
        this.background = background;
        this.fx = fx;
        month.set(YearMonth.from(LocalDate.now(clock)).minusMonths(1));
        reads = new Requery<>(
                "KPI board", () -> load.apply(request(), LocalDate.now(clock)), background, fx, data::set);
        view.addListener((o, a, b) -> reads.request());
        month.addListener((o, a, b) -> reads.request());
        areaCode.addListener((o, a, b) -> reads.request());
        chartCode.addListener((o, a, b) -> reads.request());
        tileCodes.addListener((o, a, b) -> reads.request());
    }

    /** The request for the current choice; read on the background thread, so it copies nothing mutable. */
    private BoardRequest request() {
        return new BoardRequest(view.get(), month.get(), areaCode.get(), tileCodes.get(), chartCode.get());
    }

    public void start() {
        reads.request();
    }

    @Override
    public void onChange(ChangeEvent event) {
        if (CONTRACTS.contains(event.contract())) {
            reads.request();
        }
    }

    /** Re-reads now: alerts and overdue counts move with the clock. */
    public void refresh() {
        reads.request();
    }

    /** Month, quarter, year or year to date. */
    public ObjectProperty<PeriodView> viewProperty() {
        return view;
    }

    /** The month the period ends with or contains. */
    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public void previousMonth() {
        month.set(month.get().minusMonths(1));
    }

    public void nextMonth() {
        month.set(month.get().plusMonths(1));
    }

    /** The commune shown; null for the whole province. */
    public ReadOnlyStringProperty areaCodeProperty() {
        return areaCode.getReadOnlyProperty();
    }

    /** Shows a commune's figures. */
    public void drillDown(String communeCode) {
        areaCode.set(communeCode);
    }

    /** Back from a commune to the province. */
    public void backToProvince() {
        areaCode.set(null);
    }

    /** The indicator of the time series and the communes' ranking. */
    public StringProperty chartCodeProperty() {
        return chartCode;
    }

    /** The indicators of the tiles, in order; empty for the whole catalog. A saved dashboard sets them. */
    public ObjectProperty<List<String>> tileCodesProperty() {
        return tileCodes;
    }

    /** The latest read; null until the first one arrives. */
    public ReadOnlyObjectProperty<BoardData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    /** A file written off the FX thread; the job returns the file's path. */
    @FunctionalInterface
    public interface ExportJob {
        Path write() throws IOException;
    }

    /** Runs an export off the FX thread and tells its outcome through {@link #exportResultProperty()}. */
    public void export(ExportJob job) {
        background.execute(() -> {
            String outcome;
            try {
                outcome = "done:" + job.write();
            } catch (IOException | RuntimeException e) {
                outcome = "failed:" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
            String result = outcome;
            fx.execute(() -> exportResult.set(result));
        });
    }

    /** "done:PATH" or "failed:MESSAGE" after an export; empty before the first. */
    public ReadOnlyStringProperty exportResultProperty() {
        return exportResult.getReadOnlyProperty();
    }

    /** Acknowledges an alert off the FX thread, then re-reads; nothing when the signed-in role may not. */
    public void acknowledge(Alert alert) {
        if (!gate.may(Permission.ACKNOWLEDGE_ALERTS)) {
            return;
        }
        background.execute(() -> {
            acknowledge.accept(alert);
            reads.request();
        });
    }

    /** Who may act here; unrestricted until the wiring sets the signed-in user's gate. */
    public void setGate(AccessGate gate) {
        this.gate = gate;
    }

    public AccessGate gate() {
        return gate;
    }
}
