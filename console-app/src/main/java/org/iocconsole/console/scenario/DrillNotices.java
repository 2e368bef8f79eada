package org.iocconsole.console.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.TimeTexts;
import org.iocconsole.sync.scenario.ScenarioStatus;

/**
 * The drill's latest alerts and messages to the operators, newest first, under the top bar of every console in the
 * drill. Follows the status the drill's view model polls and the language. FX thread only.
 */
public final class DrillNotices {
    /** How many notices stay in view. */
    static final int SHOWN = 3;

    private static final String STYLESHEET =
            DrillNotices.class.getResource("trainer.css").toExternalForm();

    private final TrainerViewModel vm;
    private final I18n i18n;
    private final TimeTexts times;
    private final VBox root = new VBox();
    private final int shown;
    private final Label title;

    public DrillNotices(TrainerViewModel vm, I18n i18n, TimeTexts times) {
        this(vm, i18n, times, false);
    }

    /** @param panel for the trainer's panel: every notice the drill sent to the operators, under a title */
    public DrillNotices(TrainerViewModel vm, I18n i18n, TimeTexts times, boolean panel) {
        this.shown = panel ? Integer.MAX_VALUE : SHOWN;
        if (panel) {
            title = new Label();
            title.textProperty().bind(i18n.text("wall.trainer.sent"));
            title.getStyleClass().add("drill-events-title");
        } else {
            title = null;
        }
        this.vm = vm;
        this.i18n = i18n;
        this.times = times;
        root.setId("drill-notices");
        root.getStylesheets().add(STYLESHEET);
        root.getStyleClass().add("drill-notices");
        vm.statusProperty().subscribe(status -> show());
        i18n.languageProperty().subscribe(language -> show());
    }

    public Parent root() {
        return root;
    }

    private record Notice(java.time.Instant at, String text, String styleClass) {}

    private void show() {
        ScenarioStatus status = vm.statusProperty().get();
        List<Notice> notices = new ArrayList<>();
        if (status != null) {
            String language = i18n.getLanguage().name().toLowerCase(java.util.Locale.ROOT);
            for (ScenarioStatus.BoardAlert alert : status.alerts()) {
                String text = alert.title().in(language);
                String detail = alert.text().in(language);
                notices.add(new Notice(
                        alert.at(),
                        i18n.get("trainer.notice.alert", detail.isEmpty() ? text : text + " · " + detail),
                        "drill-notice-" + alert.level()));
            }
            for (ScenarioStatus.BoardMessage message : status.messages()) {
                notices.add(new Notice(
                        message.at(),
                        i18n.get(
                                "trainer.notice.message",
                                message.from(),
                                message.text().in(language)),
                        "drill-notice-message"));
            }
        }
        notices.sort(Comparator.comparing(Notice::at).reversed());
        List<Label> labels = new ArrayList<>();
        for (Notice notice : notices.subList(0, Math.min(shown, notices.size()))) {
            Label label = new Label(times.absolute(notice.at()) + "  " + notice.text());
            label.getStyleClass().addAll("drill-notice", notice.styleClass());
            label.setWrapText(true);
            labels.add(label);
        }
        root.getChildren().setAll(labels);
        if (title != null) {
            root.getChildren().add(0, title);
        }
        root.setVisible(!labels.isEmpty());
        root.setManaged(!labels.isEmpty());
    }
}
