package org.iocconsole.console.workspace;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.StyleClasses;
import org.iocconsole.console.common.Theme;

/**
 * The frame of one wall screen: a notice band on top when something needs saying (a layout that could not be used),
 * the view in the middle, the alert ticker along the bottom; in the wall's theme, with the DEMO frame and mark in a
 * demo or a drill.
 * FX thread only.
 */
public final class WallFrame {
    private static final String SHELL_CSS =
            WallFrame.class.getResource("shell.css").toExternalForm();
    private static final String WALL_CSS =
            WallFrame.class.getResource("wall.css").toExternalForm();

    private WallFrame() {}

    /** A new frame; the wall puts its view in the node with id {@link WallStages#CONTENT_ID}. */
    public static Parent create(AlertFeed alerts, I18n i18n, Theme theme, boolean demo, ReadOnlyStringProperty notice) {
        BorderPane frame = new BorderPane();
        frame.getStylesheets().addAll(SHELL_CSS, WALL_CSS);
        // The shell has set the controls' stylesheet already: setting it again would restyle every window.
        Appearance.styleClasses(frame, theme);
        StyleClasses.toggle(frame, "demo-session", demo);
        StackPane content = new StackPane();
        content.setId(WallStages.CONTENT_ID);
        content.getStyleClass().add("wall-content");
        Label noticeBand = new Label();
        noticeBand.getStyleClass().add("wall-notice");
        noticeBand.setWrapText(true);
        noticeBand.setMaxWidth(Double.MAX_VALUE);
        noticeBand.textProperty().bind(notice);
        noticeBand.visibleProperty().bind(notice.isNotEmpty());
        noticeBand.managedProperty().bind(noticeBand.visibleProperty());
        frame.setTop(noticeBand);
        // The stage is undecorated and shows no shell: in a demo or a drill it carries the DEMO mark itself.
        frame.setCenter(demo ? new StackPane(content, DemoMark.create(i18n)) : content);
        frame.setBottom(new AlertTicker(alerts, i18n));
        return frame;
    }
}
