package org.iocconsole.console.map;

import java.time.ZoneId;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.ScreenFrame;
import org.iocconsole.console.common.TimeTexts;

/**
 * The map screen. Until the GIS map arrives: the communes and wards in force today, searchable, with their count, and
 * the attribution the boundary data asks for. FX thread only.
 */
public final class MapScreenView {
    private static final String STYLESHEET =
            MapScreenView.class.getResource("map-screen.css").toExternalForm();

    private final ScreenFrame frame;

    public MapScreenView(MapScreenViewModel vm, I18n i18n, ZoneId zone) {
        TimeTexts times = new TimeTexts(i18n, zone);
        frame = new ScreenFrame("map-view", i18n, times, "map.title", vm.freshnessProperty());
        frame.getStylesheets().add(STYLESHEET);

        Label pending = new Label();
        pending.textProperty().bind(i18n.text("map.pending"));
        pending.getStyleClass().add("map-pending");
        pending.setWrapText(true);

        TextField search = new TextField();
        search.setId("map-search");
        search.getStyleClass().add("map-search");
        search.promptTextProperty().bind(i18n.text("map.search.prompt"));
        Tooltip hint = new Tooltip();
        hint.textProperty().bind(i18n.text("map.search.tooltip"));
        search.setTooltip(hint);
        search.textProperty().bindBidirectional(vm.searchProperty());
        Label count = new Label();
        count.setId("map-count");
        count.getStyleClass().add("map-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.textProperty()
                .bind(i18n.compute(
                        () -> vm.dayProperty().get() == null
                                ? i18n.get("map.communes.none")
                                : i18n.get(
                                        "map.communes",
                                        times.date(vm.dayProperty().get()),
                                        vm.totalProperty().get()),
                        vm.dayProperty(),
                        vm.totalProperty()));
        Label shown = new Label();
        shown.setId("map-shown");
        shown.getStyleClass().add("map-shown");
        shown.setMinWidth(Region.USE_PREF_SIZE);
        shown.textProperty()
                .bind(i18n.format(
                        "map.shown",
                        () -> new Object[] {
                            vm.shownCountProperty().get(), vm.totalProperty().get()
                        },
                        vm.shownCountProperty(),
                        vm.totalProperty()));
        // Wraps onto a second line rather than cutting the count short when the screen is narrow.
        FlowPane toolbar = new FlowPane(search, count, shown);
        toolbar.getStyleClass().add("map-toolbar");

        UnitTable table = new UnitTable(vm, i18n);
        VBox.setVgrow(table.table(), Priority.ALWAYS);

        Label attribution = new Label();
        attribution.setId("map-attribution");
        attribution.textProperty().bind(i18n.text("map.attribution"));
        attribution.getStyleClass().add("map-attribution");

        VBox body = new VBox(pending, toolbar, table.table(), attribution);
        body.getStyleClass().add("map-body");
        frame.setContent(body);
    }

    public Parent root() {
        return frame;
    }
}
