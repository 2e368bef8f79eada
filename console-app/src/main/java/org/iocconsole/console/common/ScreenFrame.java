package org.iocconsole.console.common;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The frame every screen shares: its title and the "as of" of its figures on top, its content below. Until a view
 * sets content the frame shows an empty state. FX thread only.
 */
public final class ScreenFrame extends BorderPane {
    private final StackPane content = new StackPane();

    /**
     * @param id the node id of the screen, for tests and stylesheets
     * @param titleKey the bundle key of the title
     */
    public ScreenFrame(
            String id, I18n i18n, TimeTexts times, String titleKey, ObservableValue<DataFreshness> freshness) {
        setId(id);
        getStyleClass().add(StyleClasses.SCREEN);
        Label title = new Label();
        title.textProperty().bind(i18n.text(titleKey));
        title.getStyleClass().add(StyleClasses.SCREEN_TITLE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        AsOfLabel asOf = new AsOfLabel(i18n, times, freshness);
        asOf.getStyleClass().add(StyleClasses.SCREEN_AS_OF);
        HBox header = new HBox(title, spacer, asOf);
        header.getStyleClass().add(StyleClasses.SCREEN_HEADER);
        setTop(header);

        Label empty = new Label();
        empty.textProperty().bind(i18n.text("common.empty"));
        empty.getStyleClass().add(StyleClasses.EMPTY_STATE);
        content.getChildren().add(empty);
        content.getStyleClass().add(StyleClasses.SCREEN_CONTENT);
        setCenter(content);
    }

    /** Puts the screen's content in place of the empty state. */
    public void setContent(Node node) {
        content.getChildren().setAll(node);
    }
}
