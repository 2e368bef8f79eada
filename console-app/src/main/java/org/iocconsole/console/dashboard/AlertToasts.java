package org.iocconsole.console.dashboard;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.iocconsole.console.common.I18n;
import org.iocconsole.sync.alert.Alert;

/**
 * The alert notifications as toasts: severity, what happened and a close button, coloured by severity. The caller
 * places {@link #root()} over its screens (the shell: at the top right of its screen area); the root lets clicks
 * through where no toast is, and hides while there is none. FX thread only.
 */
public final class AlertToasts {
    private static final String STYLESHEET =
            AlertToasts.class.getResource("overview.css").toExternalForm();

    private final AlertNotifications notifications;
    private final I18n i18n;
    private final TileTexts texts;
    private final VBox root = new VBox();

    public AlertToasts(AlertNotifications notifications, I18n i18n, TileTexts texts) {
        this.notifications = notifications;
        this.i18n = i18n;
        this.texts = texts;
        root.setId("alert-toasts");
        root.getStyleClass().add("alert-toasts");
        root.getStylesheets().add(STYLESHEET);
        root.setMouseTransparent(false);
        root.setPickOnBounds(false);
        notifications.notices().addListener((ListChangeListener<AlertNotifications.Notice>) c -> redraw());
        redraw();
    }

    public Region root() {
        return root;
    }

    private void redraw() {
        root.getChildren().clear();
        int index = 0;
        for (AlertNotifications.Notice notice : notifications.notices()) {
            Alert alert = notice.alert();
            Label severity = new Label(texts.severity(alert));
            severity.getStyleClass()
                    .addAll(
                            "kpi-alert-severity",
                            "kpi-alert-" + alert.severity().wireName());
            Label text = new Label(texts.alert(alert, null));
            text.setWrapText(true);
            text.getStyleClass().add("alert-toast-text");
            HBox.setHgrow(text, Priority.ALWAYS);
            Button close = new Button(i18n.get("dashboard.notify.close"));
            close.getStyleClass().add("alert-toast-close");
            close.setOnAction(e -> notifications.dismiss(notice));
            HBox toast = new HBox(severity, text, close);
            toast.setId("alert-toast-" + index++);
            toast.getStyleClass()
                    .addAll("alert-toast", "alert-toast-" + alert.severity().wireName());
            root.getChildren().add(toast);
        }
        root.setVisible(!root.getChildren().isEmpty());
    }
}
