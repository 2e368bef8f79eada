package org.iocconsole.console.scenario;

import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.TimeTexts;
import org.iocconsole.sync.scenario.AfterActionReport;
import org.iocconsole.sync.scenario.ScenarioTime;

/**
 * The after-action report on screen: response-time figures, each scenario report's times to acknowledge, assign and
 * resolve, who acknowledged each scripted alert and when, the timeline of events and operator actions, and the PDF export. FX thread only.
 */
public final class AfterActionView {
    private final AfterActionViewModel vm;
    private final I18n i18n;
    private final TimeTexts times;
    private final VBox root = new VBox();

    public AfterActionView(AfterActionViewModel vm, I18n i18n, TimeTexts times) {
        this.vm = vm;
        this.i18n = i18n;
        this.times = times;
        root.setId("after-action");
        root.getStylesheets()
                .add(AfterActionView.class.getResource("trainer.css").toExternalForm());
        root.getStyleClass().add("after-action");

        Label figures = new Label();
        figures.setId("after-action-figures");
        figures.textProperty()
                .bind(i18n.compute(() -> figures(vm.reportProperty().get()), vm.reportProperty()));

        TableView<AfterActionReport.Response> responses = new TableView<>(vm.responses());
        responses.setId("after-action-responses");
        responses.getColumns().add(column("trainer.aar.report", r -> r.id() != null ? r.id() : r.ref()));
        responses.getColumns().add(column("trainer.aar.received", r -> times.absolute(r.receivedAt())));
        responses.getColumns().add(column("trainer.aar.acknowledge", r -> duration(r.toAcknowledge())));
        responses.getColumns().add(column("trainer.aar.assign", r -> duration(r.toAssign())));
        responses.getColumns().add(column("trainer.aar.resolve", r -> duration(r.toResolve())));
        responses.getColumns().add(column("trainer.aar.description", AfterActionReport.Response::description));
        responses.setPrefHeight(200);

        TableView<AfterActionReport.AlertResponse> alerts = new TableView<>(vm.alerts());
        alerts.setId("after-action-alerts");
        alerts.getColumns().add(column("drillalerts.aar.alert", a -> a.title().in(language())));
        alerts.getColumns().add(column("drillalerts.aar.level", a -> i18n.get("kpi.severity." + a.level())));
        alerts.getColumns().add(column("drillalerts.aar.raised", a -> times.absolute(a.raisedAt())));
        alerts.getColumns()
                .add(column("drillalerts.aar.by", a -> a.acknowledgedBy().orElse("")));
        alerts.getColumns().add(column("drillalerts.aar.at", a -> a.acknowledgedAt()
                .map(times::absolute)
                .orElse("")));
        alerts.getColumns().add(column("trainer.aar.acknowledge", a -> duration(a.toAcknowledge())));
        alerts.setPrefHeight(140);

        TableView<AfterActionReport.Line> lines = new TableView<>(vm.lines());
        lines.setId("after-action-lines");
        lines.getColumns().add(column("trainer.aar.time", l -> at(l.at())));
        lines.getColumns()
                .add(column("trainer.aar.who", l -> l.actor() == null ? i18n.get("scenario.aar.scenario") : l.actor()));
        lines.getColumns().add(column("trainer.aar.what", AfterActionReport.Line::what));
        lines.getColumns().add(column("trainer.aar.target", l -> l.target() == null ? "" : l.target()));
        VBox.setVgrow(lines, Priority.ALWAYS);

        Button refresh = new Button();
        refresh.setId("after-action-refresh");
        refresh.textProperty().bind(i18n.text("trainer.aar.refresh"));
        refresh.setOnAction(e -> vm.refresh());
        Button export = new Button();
        export.setId("after-action-export");
        export.textProperty().bind(i18n.text("trainer.aar.export"));
        export.disableProperty().bind(vm.reportProperty().isNull());
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.titleProperty().bind(i18n.text("trainer.aar.export"));
            chooser.setInitialFileName("after-action.pdf");
            File file = chooser.showSaveDialog(root.getScene().getWindow());
            if (file != null) {
                vm.exportPdf(file.toPath());
            }
        });
        Label message = new Label();
        message.setId("after-action-message");
        message.textProperty().bind(vm.messageProperty());
        HBox actions = new HBox(refresh, export, message);
        actions.getStyleClass().add("trainer-controls");

        root.getChildren().addAll(actions, figures, responses, alerts, lines);
    }

    public Parent root() {
        return root;
    }

    private String figures(AfterActionReport report) {
        if (report == null) {
            return "";
        }
        return String.join(
                "\n",
                figure("scenario.aar.acknowledge", report.figures(AfterActionReport.Response::toAcknowledge)),
                figure("scenario.aar.assign", report.figures(AfterActionReport.Response::toAssign)),
                figure("scenario.aar.resolve", report.figures(AfterActionReport.Response::toResolve)),
                figure("drillalerts.aar.figures", report.alertFigures()));
    }

    private String language() {
        return i18n.getLanguage().name().toLowerCase(Locale.ROOT);
    }

    private String figure(String key, AfterActionReport.Figures figures) {
        return i18n.get(
                key,
                figures.answered(),
                figures.total(),
                duration(figures.mean()),
                duration(figures.median()),
                duration(figures.longest()));
    }

    private String duration(Optional<Duration> value) {
        return value.map(ScenarioTime::format).orElse(i18n.get("scenario.aar.none"));
    }

    private String at(Instant instant) {
        return times.absolute(instant);
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> text) {
        TableColumn<T, String> column = new TableColumn<>();
        column.textProperty().bind(i18n.text(key));
        column.setCellValueFactory(cell ->
                (ObservableValue<String>) new ReadOnlyStringWrapper(text.apply(cell.getValue())).getReadOnlyProperty());
        return column;
    }
}
