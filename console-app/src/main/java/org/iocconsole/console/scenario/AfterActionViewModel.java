package org.iocconsole.console.scenario;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.iocconsole.console.common.I18n;
import org.iocconsole.sync.scenario.AfterActionReport;

/**
 * The after-action report of the drill as it stands: the scripted events and the operators' actions on one timeline,
 * each scenario report's times to acknowledge, assign and resolve, and the export as PDF. Computing and writing run
 * off the FX thread. Properties: FX thread only.
 */
public final class AfterActionViewModel {
    private final Callable<AfterActionReport> compute;
    private final I18n i18n;
    private final ZoneId zone;
    private final Executor background;
    private final Executor fx;
    private final ObjectProperty<AfterActionReport> report = new SimpleObjectProperty<>(this, "report");
    private final ObservableList<AfterActionReport.Line> lines = FXCollections.observableArrayList();
    private final ObservableList<AfterActionReport.Response> responses = FXCollections.observableArrayList();
    private final ObservableList<AfterActionReport.AlertResponse> alerts = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty(this, "message", "");

    /** @param compute builds the report from the drill's scenario and the cache's audit log; blocking */
    public AfterActionViewModel(
            Callable<AfterActionReport> compute, I18n i18n, ZoneId zone, Executor background, Executor fx) {
        this.compute = compute;
        this.i18n = i18n;
        this.zone = zone;
        this.background = background;
        this.fx = fx;
    }

    /** Computes the report again from what the operators did so far. */
    public void refresh() {
        background.execute(() -> {
            try {
                AfterActionReport computed = compute.call();
                fx.execute(() -> {
                    report.set(computed);
                    lines.setAll(computed.lines());
                    responses.setAll(computed.responses());
                    alerts.setAll(computed.alerts());
                    message.set("");
                });
            } catch (Exception e) {
                String reason = String.valueOf(e.getMessage());
                fx.execute(() -> message.set(i18n.get("trainer.aar.failed", reason)));
            }
        });
    }

    /** Writes the report shown as PDF to {@code file}, in the current language. */
    public void exportPdf(Path file) {
        AfterActionReport shown = report.get();
        if (shown == null) {
            return;
        }
        Locale locale = i18n.getLanguage().locale();
        background.execute(() -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                AfterActionPdf.write(shown, locale, zone, out);
                fx.execute(() -> message.set(i18n.get("trainer.aar.exported", file.getFileName())));
            } catch (IOException | RuntimeException e) {
                String reason = String.valueOf(e.getMessage());
                fx.execute(() -> message.set(i18n.get("trainer.aar.failed", reason)));
            }
        });
    }

    public ReadOnlyObjectProperty<AfterActionReport> reportProperty() {
        return report;
    }

    /** Events and actions, oldest first. */
    public ObservableList<AfterActionReport.Line> lines() {
        return FXCollections.unmodifiableObservableList(lines);
    }

    /** One per report of the scenario. */
    public ObservableList<AfterActionReport.Response> responses() {
        return FXCollections.unmodifiableObservableList(responses);
    }

    /** One per scripted alert of the scenario. */
    public ObservableList<AfterActionReport.AlertResponse> alerts() {
        return FXCollections.unmodifiableObservableList(alerts);
    }

    /** What the last export did, or why computing or exporting failed. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
