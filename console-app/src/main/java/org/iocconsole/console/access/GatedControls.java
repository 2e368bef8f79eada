package org.iocconsole.console.access;

import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import org.iocconsole.console.common.I18n;
import org.iocconsole.sync.access.Permission;

/**
 * Disables the controls of an action the signed-in user may not take and says why in a tooltip. A disabled control
 * receives no mouse events, so the tooltip sits on a thin wrapper around it. FX thread only.
 */
public final class GatedControls {
    /** Style class of the wrapper, for tests and the stylesheet. */
    public static final String WRAPPER = "access-gated";

    private GatedControls() {}

    /**
     * Gates {@code control} (a button, or a whole bar of them), already placed in its parent: disabled (besides its
     * own conditions) while {@code gate}
     * refuses {@code permission}, with the reason as a tooltip.
     */
    public static void gate(Node control, AccessGate gate, Permission permission, I18n i18n) {
        control.disableProperty().unbind();
        bindDisable(control, gate, permission);
        StringBinding reason = reason(gate, permission, i18n);
        Node holder = wrap(control);
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(reason);
        // Only a refused action has something to say; an allowed one keeps its own tooltip.
        reason.subscribe(text -> {
            if (text.isEmpty()) {
                Tooltip.uninstall(holder, tooltip);
            } else {
                Tooltip.install(holder, tooltip);
            }
        });
        holder.getProperties().put(WRAPPER, reason);
    }

    /** Like {@link #gate}, keeping an existing condition: disabled when {@code alsoDisabled} holds too. */
    public static void gate(
            Node control, AccessGate gate, Permission permission, I18n i18n, ObservableBooleanValue alsoDisabled) {
        gate(control, gate, permission, i18n);
        control.disableProperty().unbind();
        control.disableProperty().bind(gate.allows(permission).not().or(alsoDisabled));
    }

    /** The text the gated control's tooltip shows (empty when allowed); for tests. */
    public static String reasonOf(Node control) {
        Node holder = control.getParent() != null
                        && control.getParent().getStyleClass().contains(WRAPPER)
                ? control.getParent()
                : control;
        Object reason = holder.getProperties().get(WRAPPER);
        return reason instanceof StringBinding text ? text.get() : null;
    }

    private static void bindDisable(Node control, AccessGate gate, Permission permission) {
        control.disableProperty().bind(gate.allows(permission).not());
    }

    private static StringBinding reason(AccessGate gate, Permission permission, I18n i18n) {
        return i18n.compute(() -> gate.refusalKey(permission).map(i18n::get).orElse(""), gate.userProperty());
    }

    private static Node wrap(Node control) {
        if (!(control.getParent() instanceof Pane parent)
                || parent.getStyleClass().contains(WRAPPER)) {
            return control;
        }
        int index = parent.getChildren().indexOf(control);
        StackPane wrapper = new StackPane();
        wrapper.getStyleClass().add(WRAPPER);
        parent.getChildren().set(index, wrapper);
        wrapper.getChildren().add(control);
        return wrapper;
    }
}
