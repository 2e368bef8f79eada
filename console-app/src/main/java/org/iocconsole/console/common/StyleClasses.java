package org.iocconsole.console.common;

import javafx.scene.Node;

/** Style classes shared by several views; each view's own classes stay in its view. */
public final class StyleClasses {
    /** Figures older than the stale threshold. */
    public static final String STALE = "stale";
    /** The frame of every screen. */
    public static final String SCREEN = "screen";

    public static final String SCREEN_HEADER = "screen-header";
    public static final String SCREEN_TITLE = "screen-title";
    public static final String SCREEN_AS_OF = "screen-as-of";
    public static final String SCREEN_CONTENT = "screen-content";
    /** The text shown where content will be, while there is none. */
    public static final String EMPTY_STATE = "empty-state";

    private StyleClasses() {}

    /** Adds or removes a style class. */
    public static void toggle(Node node, String styleClass, boolean on) {
        if (on && !node.getStyleClass().contains(styleClass)) {
            node.getStyleClass().add(styleClass);
        } else if (!on) {
            node.getStyleClass().remove(styleClass);
        }
    }
}
