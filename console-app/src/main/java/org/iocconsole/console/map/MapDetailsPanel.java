package org.iocconsole.console.map;

import java.time.Instant;
import java.time.LocalDate;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.PlainText;
import org.iocconsole.console.common.TimeTexts;

/** The details of the selected feature, beside the map; hidden when nothing is selected. FX thread only. */
final class MapDetailsPanel {
    private final VBox root = new VBox();
    private final MapScreenViewModel vm;
    private final I18n i18n;
    private final TimeTexts times;

    MapDetailsPanel(MapScreenViewModel vm, I18n i18n, TimeTexts times) {
        this.vm = vm;
        this.i18n = i18n;
        this.times = times;
        root.setId("map-details");
        root.getStyleClass().add("map-details");
        root.visibleProperty().bind(vm.detailsProperty().isNotNull());
        root.managedProperty().bind(root.visibleProperty());
        root.setMaxHeight(Region.USE_PREF_SIZE);
        vm.detailsProperty().subscribe(this::show);
        i18n.languageProperty()
                .addListener((o, was, now) -> show(vm.detailsProperty().get()));
    }

    VBox root() {
        return root;
    }

    private void show(MapDetails details) {
        root.getChildren().clear();
        if (details == null) {
            return;
        }
        Label kind = new Label(i18n.get("map.details.kind." + details.kind()));
        kind.getStyleClass().add("map-details-kind");
        Button close = new Button(i18n.get("map.details.close"));
        close.setId("map-details-close");
        close.getStyleClass().add("flat");
        close.setOnAction(e -> vm.clearSelection());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        root.getChildren().add(new HBox(kind, gap, close));
        if (details.title() != null) {
            Label title = new Label(PlainText.line(details.title()));
            title.setId("map-details-title");
            title.getStyleClass().add("map-details-title");
            title.setWrapText(true);
            root.getChildren().add(title);
        }
        GridPane grid = new GridPane();
        grid.getStyleClass().add("map-details-grid");
        int row = 0;
        for (MapDetails.Line line : details.lines()) {
            if (line.value() == null) {
                continue;
            }
            Label key = new Label(i18n.get(line.key()));
            key.getStyleClass().add("map-details-key");
            Label value = new Label(text(line.value()));
            value.getStyleClass().add("map-details-value");
            value.setWrapText(true);
            grid.addRow(row++, key, value);
        }
        root.getChildren().add(grid);
        if ("camera".equals(details.kind())) {
            Button open = new Button(i18n.get("map.details.open-stream"));
            open.setId("map-details-open-stream");
            open.setOnAction(e -> vm.openSelectedCamera());
            root.getChildren().add(open);
        }
    }

    private String text(Object value) {
        if (value instanceof Instant instant) {
            return times.absolute(instant);
        }
        if (value instanceof LocalDate day) {
            return times.date(day);
        }
        if (value instanceof MapDetails.Key key) {
            return i18n.get(key.key());
        }
        if (value instanceof Number number) {
            java.text.NumberFormat format =
                    java.text.NumberFormat.getNumberInstance(i18n.getLanguage().locale());
            format.setMaximumFractionDigits(2);
            return format.format(number);
        }
        return PlainText.line(value.toString());
    }
}
