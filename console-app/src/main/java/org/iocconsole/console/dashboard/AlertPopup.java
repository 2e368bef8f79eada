package org.iocconsole.console.dashboard;

import javafx.collections.ListChangeListener;
import javafx.stage.Popup;
import javafx.stage.Window;

/** Shows the alert toasts in a popup at the top right of a window while there are any. FX thread only. */
public final class AlertPopup {
    private static final double WIDTH = 420;

    private AlertPopup() {}

    public static void attach(Window window, AlertNotifications notifications, AlertToasts toasts) {
        Popup popup = new Popup();
        popup.setAutoHide(false);
        popup.getContent().add(toasts.root());
        toasts.root().getStylesheets().addAll(window.getScene().getStylesheets());
        toasts.root()
                .getStylesheets()
                .add(AlertPopup.class.getResource("overview.css").toExternalForm());
        notifications.notices().addListener((ListChangeListener<AlertNotifications.Notice>) c -> {
            if (notifications.notices().isEmpty()) {
                popup.hide();
            } else if (!popup.isShowing() && window.isShowing()) {
                popup.show(window, window.getX() + window.getWidth() - WIDTH - 24, window.getY() + 64);
            }
        });
    }
}
