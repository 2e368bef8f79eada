package org.iocconsole.console.common;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Orientation;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;

/**
 * A row or column of toggle buttons choosing one value of a property, exactly one always selected (a plain toggle
 * group lets the user deselect all). FX thread only.
 */
public final class ChoiceToggles<T> {
    private final Pane pane;
    private final Map<T, ToggleButton> buttons = new HashMap<>();

    /**
     * @param values the choices, in order
     * @param text the visible text of each choice
     * @param id the node id of each choice's button
     */
    public ChoiceToggles(
            Orientation orientation,
            List<T> values,
            Property<T> property,
            Function<T, ObservableStringValue> text,
            Function<T, String> id) {
        pane = orientation == Orientation.HORIZONTAL ? new HBox() : new VBox();
        ToggleGroup group = new ToggleGroup();
        for (T value : values) {
            ToggleButton button = new ToggleButton();
            button.textProperty().bind(text.apply(value));
            button.setId(id.apply(value));
            button.setUserData(value);
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            buttons.put(value, button);
            pane.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                select(group, property.getValue());
            } else {
                @SuppressWarnings("unchecked")
                T chosen = (T) now.getUserData();
                property.setValue(chosen);
            }
        });
        property.addListener((o, old, now) -> select(group, now));
        select(group, property.getValue());
    }

    public Pane pane() {
        return pane;
    }

    /** The button of one choice, to style it or give it a tooltip. */
    public ToggleButton button(T value) {
        return buttons.get(value);
    }

    private void select(ToggleGroup group, T value) {
        Toggle toggle = buttons.get(value);
        if (toggle != null && group.getSelectedToggle() != toggle) {
            group.selectToggle(toggle);
        }
    }
}
