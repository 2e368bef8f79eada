package org.iocconsole.console.common;

import javafx.beans.value.ObservableStringValue;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip made when the pointer first enters its control. Making a {@link Tooltip} costs a popup window and its
 * styles, tens of milliseconds for the shell's handful, which would delay the first frame for hints few will read
 * then. FX thread only.
 */
public final class LazyTooltip {
    /** Where the control keeps the tooltip's text until the tooltip exists (read by tests). */
    private static final String TEXT_KEY = "ioc-lazy-tooltip-text";

    private LazyTooltip() {}

    /** Gives {@code control} a tooltip showing {@code text}, made on first hover. */
    public static void install(Control control, ObservableStringValue text) {
        control.getProperties().put(TEXT_KEY, text);
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                control.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                Tooltip tooltip = new Tooltip();
                tooltip.textProperty().bind(text);
                control.setTooltip(tooltip);
            }
        });
    }

    /** The text of the node's tooltip, made or still to be made; null when it has none. */
    public static String textOf(Node node) {
        if (node instanceof Control && ((Control) node).getTooltip() != null) {
            return ((Control) node).getTooltip().getText();
        }
        Object pending = node.getProperties().get(TEXT_KEY);
        return pending instanceof ObservableStringValue ? ((ObservableStringValue) pending).get() : null;
    }
}
