package org.iocconsole.console.workspace;

import javafx.scene.Node;

/** Builds the view of a screen when it is first shown. FX thread only. */
@FunctionalInterface
public interface ScreenFactory {
    Node create(Screen screen);
}
