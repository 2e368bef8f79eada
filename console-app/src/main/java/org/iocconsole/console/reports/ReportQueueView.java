package org.iocconsole.console.reports;

import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.ScreenFrame;
import org.iocconsole.console.common.StyleClasses;
import org.iocconsole.console.common.TimeTexts;
import org.iocconsole.sync.model.ReportPriority;

/**
 * The citizen report queue: filters, counts per status and deadline, the table of reports and the selected report's
 * detail with its actions, driven by keys for triage (docs/reports-queue.md). FX thread only.
 */
public final class ReportQueueView {
    private static final String STYLESHEET =
            ReportQueueView.class.getResource("reports.css").toExternalForm();

    private final ScreenFrame frame;
    private final ReportQueueViewModel vm;
    private final QueueTable table;
    private final QueueToolbar toolbar;
    private final ReportDetailPane detail;

    /**
     * @param photos where photos come from (on disk, or fetched and kept); called on {@code background}
     */
    public ReportQueueView(
            ReportQueueViewModel vm, I18n i18n, ZoneId zone, PhotoSource photos, Executor background, Executor fx) {
        this.vm = vm;
        TimeTexts times = new TimeTexts(i18n, zone);
        frame = new ScreenFrame("reports-view", i18n, times, "reports.title", vm.freshnessProperty());
        frame.getStylesheets().add(STYLESHEET);
        toolbar = new QueueToolbar(vm, i18n);
        table = new QueueTable(vm, i18n, times);
        detail = new ReportDetailPane(vm, i18n, times, new ReportPhoto(photos, background, fx, i18n));

        Label counts = new Label();
        counts.setId("reports-counts");
        counts.getStyleClass().add("reports-summary");
        counts.textProperty()
                .bind(i18n.compute(
                        () -> countsText(i18n),
                        vm.counts().statusCountsProperty(),
                        vm.counts().deadlinesProperty(),
                        vm.getItems(),
                        vm.hasMoreProperty()));
        Label notice = new Label();
        notice.setId("reports-notice");
        notice.getStyleClass().add("reports-notice");
        notice.textProperty()
                .bind(i18n.compute(
                        () -> {
                            Notice n = vm.noticeProperty().get();
                            return n == null ? null : i18n.get(n.key(), n.args().toArray());
                        },
                        vm.noticeProperty()));
        vm.noticeProperty()
                .addListener(
                        (o, old, n) -> StyleClasses.toggle(notice, "reports-notice-error", n != null && n.error()));

        VBox.setVgrow(table.table(), Priority.ALWAYS);
        VBox left = new VBox(toolbar.bar(), counts, table.table(), notice);
        left.getStyleClass().add("reports-body");
        SplitPane split = new SplitPane(left, detail.node());
        split.setDividerPositions(0.64);
        frame.setContent(split);
        frame.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    public Parent root() {
        return frame;
    }

    private String countsText(I18n i18n) {
        Map<String, Long> byStatus = vm.counts().statusCountsProperty().get();
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        long open = 0;
        for (String s : java.util.List.of("received", "classified", "assigned", "in_progress")) {
            open += byStatus.getOrDefault(s, 0L);
        }
        return i18n.get(
                "reports.queue.counts",
                total,
                byStatus.getOrDefault("received", 0L),
                open,
                vm.counts().deadlinesProperty().get().atRisk(),
                vm.counts().deadlinesProperty().get().overdue(),
                vm.getItems().size());
    }

    /**
     * The triage keys. Letters and digits act only while no text field has the focus, so typing a note or a search
     * never triggers an action; Escape always returns to the table.
     */
    private void onKey(KeyEvent event) {
        Node focus = frame.getScene() == null ? null : frame.getScene().getFocusOwner();
        boolean typing = focus instanceof TextInputControl
                || (focus != null
                        && focus.getParent() != null
                        && focus.getStyleClass().contains("combo-box"));
        KeyCode code = event.getCode();
        if (code == KeyCode.ESCAPE) {
            table.table().requestFocus();
            event.consume();
            return;
        }
        if (code == KeyCode.F && event.isShortcutDown() || code == KeyCode.SLASH && !typing) {
            toolbar.search().requestFocus();
            toolbar.search().selectAll();
            event.consume();
            return;
        }
        if (code == KeyCode.F5) {
            vm.refresh();
            event.consume();
            return;
        }
        if (typing || event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        QueueActionBar actions = detail.actions();
        boolean handled = true;
        switch (code) {
            case A -> vm.actions().acknowledge();
            case G -> actions.focusAgency();
            case S -> actions.focusStatus();
            case N -> actions.focusNote();
            case D -> actions.focusDuplicate();
            case DIGIT1 -> vm.actions().setPriority(ReportPriority.LOW);
            case DIGIT2 -> vm.actions().setPriority(ReportPriority.NORMAL);
            case DIGIT3 -> vm.actions().setPriority(ReportPriority.HIGH);
            case DIGIT4 -> vm.actions().setPriority(ReportPriority.URGENT);
            default -> handled = false;
        }
        if (handled) {
            event.consume();
        }
    }
}
