package org.iocconsole.console.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.TimeTexts;
import org.iocconsole.sync.model.Notice;

/**
 * The drill's latest alerts and messages to the operators, newest first, under the top bar of every console in the
 * drill, as its cache holds them. Follows the view model and the language. FX thread only.
 */
public final class DrillNotices {
    private static final String STYLESHEET =
            DrillNotices.class.getResource("trainer.css").toExternalForm();

    private final DrillNoticesViewModel vm;
    private final I18n i18n;
    private final TimeTexts times;
    private final VBox root = new VBox();
    private final Label title;

    public DrillNotices(DrillNoticesViewModel vm, I18n i18n, TimeTexts times) {
        this(vm, i18n, times, false);
    }

    /** @param panel for the trainer's panel: the notices under a title */
    public DrillNotices(DrillNoticesViewModel vm, I18n i18n, TimeTexts times, boolean panel) {
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
        vm.latestProperty().subscribe(latest -> show());
        i18n.languageProperty().subscribe(language -> show());
    }

    public Parent root() {
        return root;
    }

    private void show() {
        String language = i18n.getLanguage().name().toLowerCase(Locale.ROOT);
        List<Label> labels = new ArrayList<>();
        for (Notice notice : vm.latestProperty().get()) {
            Label label = new Label(times.absolute(notice.issuedAt()) + "  " + text(notice, language));
            label.getStyleClass()
                    .addAll(
                            "drill-notice",
                            notice.kind().equals(Notice.ALERT)
                                    ? "drill-notice-" + notice.level()
                                    : "drill-notice-message");
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

    private String text(Notice notice, String language) {
        if (notice.kind().equals(Notice.ALERT)) {
            String title = notice.title().in(language);
            String detail = notice.text().in(language);
            return i18n.get("trainer.notice.alert", detail.isEmpty() ? title : title + " · " + detail);
        }
        return i18n.get("trainer.notice.message", notice.sender(), notice.text().in(language));
    }
}
