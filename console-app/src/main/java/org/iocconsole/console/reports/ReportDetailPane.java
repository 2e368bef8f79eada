package org.iocconsole.console.reports;

import java.time.Instant;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.PlainText;
import org.iocconsole.console.common.StyleClasses;
import org.iocconsole.console.common.TimeTexts;
import org.iocconsole.sync.model.CitizenReport;
import org.iocconsole.sync.model.ReportHistoryEntry;
import org.iocconsole.sync.reports.SlaState;

/**
 * The selected report: what it says (always as plain text, markup and scripts included), where it is, its photo, its
 * deadline counting down, its history, and the actions ({@link QueueActionBar}). FX thread only.
 */
final class ReportDetailPane {
    private final ReportQueueViewModel vm;
    private final I18n i18n;
    private final TimeTexts times;
    private final ReportLabels labels;
    private final VBox pane = new VBox();
    private final Label title = new Label();
    private final Label meta = new Label();
    private final Label sla = new Label();
    private final TextArea description = new TextArea();
    private final Label address = new Label();
    private final Label noLocation = new Label();
    private final LocationSketch location = new LocationSketch();
    private final ReportPhoto photo;
    private final VBox history = new VBox();
    private final QueueActionBar actions;

    ReportDetailPane(ReportQueueViewModel vm, I18n i18n, TimeTexts times, ReportPhoto photo) {
        this.vm = vm;
        this.i18n = i18n;
        this.times = times;
        this.labels = new ReportLabels(i18n);
        this.photo = photo;
        this.actions = new QueueActionBar(vm, i18n);
        pane.setId("reports-detail");
        pane.getStyleClass().add("reports-detail");
        title.setId("reports-detail-title");
        title.getStyleClass().add("reports-detail-title");
        meta.getStyleClass().add("reports-detail-meta");
        sla.setId("reports-detail-sla");
        sla.getStyleClass().add("reports-detail-sla");
        description.setId("reports-detail-description");
        description.setEditable(false);
        description.setWrapText(true);
        description.setPrefRowCount(5);
        address.setWrapText(true);
        noLocation.textProperty().bind(i18n.text("reports.queue.detail.nolocation"));
        history.setId("reports-detail-history");
        history.getStyleClass().add("reports-detail-history");
        Label historyTitle = new Label();
        historyTitle.textProperty().bind(i18n.text("reports.queue.detail.history"));
        historyTitle.getStyleClass().add("reports-detail-heading");
        HBox place = new HBox(location.canvas(), noLocation, photo.node());
        place.getStyleClass().add("reports-detail-place");
        VBox body = new VBox(title, meta, sla, description, address, place, historyTitle, history);
        body.getStyleClass().add("reports-detail-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        pane.getChildren().addAll(scroll, actions.node());
        vm.detailProperty().addListener((o, old, now) -> show());
        vm.nowProperty().addListener((o, old, now) -> showSla());
        i18n.languageProperty().addListener((o, old, now) -> show());
        show();
    }

    VBox node() {
        return pane;
    }

    QueueActionBar actions() {
        return actions;
    }

    private void show() {
        SelectedReport selected = vm.detailProperty().get();
        actions.show(selected == null ? null : selected.detail().report());
        if (selected == null) {
            title.setText(i18n.get("reports.queue.detail.none"));
            meta.setText(null);
            sla.setText(null);
            description.setText("");
            address.setText(null);
            history.getChildren().clear();
            location.draw(java.util.List.of(), null, null);
            photo.show(null);
            return;
        }
        CitizenReport report = selected.detail().report();
        title.setText(PlainText.line(report.serviceRequestId() + " · " + nonNull(report.serviceName())));
        String priority = labels.priority(report.priority());
        meta.setText(PlainText.line(String.join(
                " · ",
                nonNull(labels.workflow(report.workflowStatus())),
                priority == null ? "—" : priority,
                report.agencyResponsible() == null
                        ? i18n.get("reports.queue.detail.noagency")
                        : report.agencyResponsible(),
                nonNull(selected.detail().communeName()))));
        // A TextArea shows text as it is: HTML and scripts in a description stay visible characters, never markup.
        description.setText(
                report.description() == null ? i18n.get("reports.queue.detail.nodescription") : report.description());
        address.setText(PlainText.line(report.address()));
        boolean drawn = location.draw(selected.outline(), report.lat(), report.lon());
        boolean hasPoint = report.lat() != null && report.lon() != null;
        noLocation.setVisible(!hasPoint);
        noLocation.setManaged(!hasPoint);
        location.canvas().setVisible(drawn);
        location.canvas().setManaged(drawn);
        photo.show(report.mediaUrl());
        history.getChildren().clear();
        for (ReportHistoryEntry step : report.history()) {
            Label line = new Label(PlainText.line(times.absolute(step.at()) + " · " + labels.workflow(step.status())
                    + (step.note() == null ? "" : " · " + step.note())
                    + (step.actor() == null ? "" : " · " + step.actor())));
            line.setWrapText(true);
            line.getStyleClass().add("reports-detail-step");
            history.getChildren().add(line);
        }
        showSla();
    }

    private void showSla() {
        SelectedReport selected = vm.detailProperty().get();
        if (selected == null) {
            return;
        }
        CitizenReport report = selected.detail().report();
        Instant now = vm.nowProperty().get();
        SlaState state =
                SlaState.of(report.status() == CitizenReport.OpenStatus.OPEN, report.expectedAt(), now, vm.atRisk());
        sla.getStyleClass().removeIf(c -> c.startsWith("reports-sla-"));
        sla.getStyleClass()
                .add("reports-sla-"
                        + state.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        StyleClasses.toggle(sla, "reports-detail-sla", true);
        if (report.expectedAt() == null) {
            sla.setText(i18n.get("reports.queue.detail.nodeadline"));
        } else if (state == SlaState.NONE) {
            sla.setText(i18n.get("reports.queue.detail.due", times.absolute(report.expectedAt())));
        } else {
            sla.setText(i18n.get(
                    "reports.queue.detail.dueleft",
                    times.absolute(report.expectedAt()),
                    Countdown.text(i18n, report.expectedAt(), now)));
        }
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
