package org.iocconsole.console.dashboard;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.iocconsole.console.common.I18n;
import org.iocconsole.sync.dashboard.DashboardItem;
import org.iocconsole.sync.dashboard.DashboardLayout;
import org.iocconsole.sync.dashboard.Widget;
import org.iocconsole.sync.kpi.CatalogEntry;

/**
 * A saved dashboard: its name, then each cell at its place on the grid: a KPI tile, a time series, bars of the
 * communes in name order, or their ranking. The reform's lineage is noted under the charts. FX thread only.
 */
public final class DashboardView {
    private final I18n i18n;
    private final TileTexts texts;
    private final VBox root = new VBox();
    private final Label name = new Label();
    private final Label lineage = new Label();
    private final GridPane grid = new GridPane();

    public DashboardView(DashboardViewModel vm, I18n i18n, ZoneId zone) {
        this.i18n = i18n;
        this.texts = new TileTexts(i18n, zone);
        root.getStyleClass().add("dashboard-view");
        name.setId("dashboard-name");
        name.getStyleClass().add("dashboard-name");
        lineage.getStyleClass().add("kpi-lineage");
        lineage.setWrapText(true);
        lineage.setPrefWidth(1);
        lineage.setMaxWidth(Double.MAX_VALUE);
        grid.getStyleClass().add("dashboard-grid");
        for (int c = 0; c < DashboardLayout.COLUMNS; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / DashboardLayout.COLUMNS);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
        }
        root.getChildren().addAll(name, grid, lineage);
        vm.dataProperty().addListener((o, old, now) -> apply(now));
        i18n.languageProperty()
                .addListener((o, old, now) -> apply(vm.dataProperty().get()));
        apply(vm.dataProperty().get());
    }

    public Parent root() {
        return root;
    }

    private void apply(DashboardData data) {
        grid.getChildren().clear();
        if (data == null) {
            name.setText(i18n.get("dashboard.view.none"));
            lineage.setText("");
            return;
        }
        name.setText(data.layout().name());
        lineage.setText(texts.lineage(data.lineage()));
        int index = 0;
        for (DashboardItem item : data.layout().items()) {
            Node cell = cell(item, data);
            cell.setId("dashboard-cell-" + index++);
            grid.add(cell, item.column(), item.row(), item.width(), item.height());
        }
    }

    private Node cell(DashboardItem item, DashboardData data) {
        String code = item.indicatorCode();
        CatalogEntry entry = data.entries().get(code);
        String unit = entry == null || entry.indicator().unit() == null
                ? ""
                : entry.indicator().unit();
        String indicatorName = entry == null ? code : entry.name(texts.english());
        if (item.widget() == Widget.TILE) {
            KpiTile tile = new KpiTile();
            tile.getStyleClass().add("kpi-indicator-tile");
            TileData figures = data.tiles().get(code);
            if (figures == null) {
                tile.setLabel(code);
                tile.setValue(i18n.get("kpi.none"));
                return tile;
            }
            tile.setLabel(texts.name(figures));
            tile.setValue(texts.value(figures));
            tile.setDetails(texts.target(figures) + "\n" + texts.asOf(figures));
            tile.setNotes(texts.notes(figures));
            tile.setStatus(figures.reading().status());
            tile.setSparkline(figures.reading().sparkline());
            return tile;
        }
        Label title = new Label(i18n.get("dashboard.widget." + item.widget().wireName()) + ": " + indicatorName);
        title.getStyleClass().add("overview-section-title");
        if (item.widget() == Widget.TREND) {
            TrendChart chart = new TrendChart();
            chart.reformLabelProperty().bind(i18n.text("dashboard.trend.reform"));
            chart.seriesProperty().set(data.trends().getOrDefault(code, TrendSeries.EMPTY));
            chart.setPrefHeight(120.0 * item.height());
            return new VBox(title, chart);
        }
        List<UnitValue> values = data.byUnit().getOrDefault(code, List.of());
        if (item.widget() == Widget.BARS) {
            values = values.stream()
                    .sorted(Comparator.comparing(UnitValue::name))
                    .toList();
        }
        UnitRanking bars = new UnitRanking(texts, commune -> {});
        bars.show(values, unit);
        return new VBox(title, bars);
    }
}
