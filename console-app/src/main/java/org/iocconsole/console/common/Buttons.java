package org.iocconsole.console.common;

import javafx.scene.control.Button;

/** Buttons whose text comes from the bundles and follows the language. FX thread only. */
public final class Buttons {
    private Buttons() {}

    /** A button with this id, showing the text of {@code key}. */
    public static Button button(String id, I18n i18n, String key) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(i18n.text(key));
        return button;
    }

    /** A button with this id, showing the text of {@code key}, that runs {@code action} when pressed. */
    public static Button button(String id, I18n i18n, String key, Runnable action) {
        Button button = button(id, i18n, key);
        button.setOnAction(event -> action.run());
        return button;
    }
}
