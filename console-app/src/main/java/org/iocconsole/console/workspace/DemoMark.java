package org.iocconsole.console.workspace;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.iocconsole.console.common.I18n;

/**
 * The DEMO mark over the top of a screen in a demo or a drill ({@code shell.css}), the same on the shell's window and
 * on each wall stage. It lets clicks through. FX thread only.
 */
final class DemoMark {
    static final String ID = "demo-watermark";

    private DemoMark() {}

    /** A new mark, for the top centre of a {@link StackPane}. */
    static Label create(I18n i18n) {
        Label mark = new Label();
        mark.setId(ID);
        mark.getStyleClass().add("demo-watermark");
        mark.textProperty().bind(i18n.text("shell.demo.mark"));
        mark.setMouseTransparent(true);
        StackPane.setAlignment(mark, Pos.TOP_CENTER);
        return mark;
    }
}
