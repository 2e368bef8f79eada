package org.iocconsole.console.dashboard;

import java.util.function.Function;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.iocconsole.console.common.Buttons;
import org.iocconsole.console.common.I18n;

/** Small builders shared by the dashboard composer and the catalog and rule editors. FX thread only. */
final class EditorForms {
    private final I18n i18n;

    EditorForms(I18n i18n) {
        this.i18n = i18n;
    }

    Label label(String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(key));
        return label;
    }

    Button button(String id, String key, Runnable action) {
        return Buttons.button(id, i18n, key, action);
    }

    /** A label showing the message of a key held by {@code key}; empty for an empty key. */
    Label message(String id, ObservableStringValue key) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("dashboard-editor-message");
        label.setWrapText(true);
        label.textProperty().bind(i18n.compute(() -> key.get().isEmpty() ? "" : i18n.get(key.get()), key));
        return label;
    }

    /** Adds a row "label, field, note" to a form. */
    static void row(GridPane form, int row, Node label, Node field, Node note) {
        form.add(label, 0, row);
        form.add(field, 1, row);
        if (note != null) {
            form.add(note, 2, row);
        }
    }

    static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
