package org.iocconsole.console.dashboard;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.iocconsole.console.common.I18n;
import org.iocconsole.sync.dashboard.DashboardItem;
import org.iocconsole.sync.dashboard.DashboardLayout;
import org.iocconsole.sync.dashboard.Widget;
import org.iocconsole.sync.kpi.CatalogEntry;

/**
 * A saved dashboard: its name and the area shown, then each cell at its place on the grid: a KPI tile, a time series,
 * bars of the communes in name order, or their ranking; a click on a commune drills down to it, and back returns to
 * the province. The reform's lineage is noted under the charts. Cells are made once per layout and updated in place
 * after a sync. FX thread only.
 */
public final class DashboardView {
    private final DashboardViewModel vm;
    private final I18n i18n;
    private final TileTexts texts;
    private final Supplier<String> none;
    private final VBox root = new VBox();
    private final Label name = new Label();
    private final Label area = new Label();
    private final Label lineage = new Label();
    private final GridPane grid = new GridPane();
    private final Map<DashboardItem, DashboardCell> cells = new HashMap<>();
    private DashboardLayout laidOut;

    /** A dashboard that says "none saved for this role yet" while it has none. */
    public DashboardView(DashboardViewModel vm, I18n i18n, ZoneId zone) {
        this(vm, i18n, zone, () -> i18n.get("dashboard.view.none"));
    }

    /** @param none what to say while there is no dashboard to show, in the current language */
    public DashboardView(DashboardViewModel vm, I18n i18n, ZoneId zone, Supplier<String> none) {
        this.vm = vm;
        this.i18n = i18n;
        this.texts = new TileTexts(i18n, zone);
        this.none = none;
        root.getStyleClass().add("dashboard-view");
        name.setId("dashboard-name");
        name.getStyleClass().add("dashboard-name");
        name.setWrapText(true);
        area.setId("dashboard-area");
        area.getStyleClass().add("kpi-area");
        Button back = new Button();
        back.setId("dashboard-back");
        back.textProperty().bind(i18n.text("kpi.back"));
        back.setOnAction(e -> vm.backToProvince());
        back.visibleProperty().bind(vm.areaCodeProperty().isNotNull());
        back.managedProperty().bind(back.visibleProperty());
        HBox header = new HBox(name, area, back);
        header.getStyleClass().add("kpi-toolbar");
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
        root.getChildren().addAll(header, grid, lineage);
        vm.dataProperty().addListener((o, old, now) -> apply(now));
        i18n.languageProperty()
                .addListener((o, old, now) -> apply(vm.dataProperty().get()));
        apply(vm.dataProperty().get());
    }

    public Parent root() {
        return root;
    }

    private void apply(DashboardData data) {
        if (data == null) {
            grid.getChildren().clear();
            cells.clear();
            laidOut = null;
            name.setText(none.get());
            area.setText("");
            lineage.setText("");
            return;
        }
        name.setText(data.layout().name());
        area.setText(
                data.areaCode() == null
                        ? i18n.get("kpi.area.province") + (data.areaName() == null ? "" : " · " + data.areaName())
                        : String.valueOf(data.areaName()));
        lineage.setText(texts.lineage(data.lineage()));
        if (!data.layout().equals(laidOut)) {
            layOut(data.layout());
        }
        for (Map.Entry<DashboardItem, DashboardCell> cell : cells.entrySet()) {
            cell.getValue().show(cell.getKey(), data);
        }
    }

    /** Makes the cells of a new or changed layout; an unchanged one keeps its nodes. */
    private void layOut(DashboardLayout layout) {
        laidOut = layout;
        cells.clear();
        List<Node> nodes = new ArrayList<>();
        int index = 0;
        for (DashboardItem item : layout.items()) {
            DashboardCell cell = new DashboardCell(item.widget(), texts, vm::drillDown);
            cell.root().setId("dashboard-cell-" + index++);
            if (item.widget() == Widget.TREND) {
                cell.chart().reformLabelProperty().bind(i18n.text("dashboard.trend.reform"));
                cell.chart().setPrefHeight(120.0 * item.height());
            }
            GridPane.setConstraints(cell.root(), item.column(), item.row(), item.width(), item.height());
            cells.put(item, cell);
            nodes.add(cell.root());
        }
        grid.getChildren().setAll(nodes);
    }

    /** One cell's nodes, kept between reads. */
    private final class DashboardCell {
        private final Widget widget;
        private final KpiTile tile;
        private final Label title = new Label();
        private final TrendChart chart;
        private final UnitRanking bars;
        private final Node root;

        DashboardCell(Widget widget, TileTexts texts, java.util.function.Consumer<String> open) {
            this.widget = widget;
            title.getStyleClass().add("overview-section-title");
            if (widget == Widget.TILE) {
                tile = new KpiTile();
                tile.getStyleClass().add("kpi-indicator-tile");
                chart = null;
                bars = null;
                root = tile;
            } else if (widget == Widget.TREND) {
                tile = null;
                chart = new TrendChart();
                bars = null;
                root = new VBox(title, chart);
            } else {
                tile = null;
                chart = null;
                bars = new UnitRanking(texts, open);
                root = new VBox(title, bars);
            }
        }

        Node root() {
            return root;
        }

        TrendChart chart() {
            return chart;
        }

        void show(DashboardItem item, DashboardData data) {
            String code = item.indicatorCode();
            CatalogEntry entry = data.entries().get(code);
            if (widget == Widget.TILE) {
                TileData figures = data.tiles().get(code);
                if (figures == null) {
                    tile.setLabel(code);
                    tile.setValue(i18n.get("kpi.none"));
                    tile.setDetails("");
                    tile.setNotes("");
                    tile.setSparkline(List.of());
                    return;
                }
                tile.setLabel(texts.name(figures));
                tile.setValue(texts.value(figures));
                tile.setDetails(texts.target(figures) + "\n" + texts.asOf(figures));
                tile.setNotes(texts.notes(figures));
                tile.setStatus(figures.reading().status());
                tile.setSparkline(figures.reading().sparkline());
                return;
            }
            String indicatorName = entry == null ? code : entry.name(texts.english());
            title.setText(i18n.get("dashboard.widget." + widget.wireName()) + ": " + indicatorName);
            if (widget == Widget.TREND) {
                chart.seriesProperty().set(data.trends().getOrDefault(code, TrendSeries.EMPTY));
                return;
            }
            String unit = entry == null || entry.indicator().unit() == null
                    ? ""
                    : entry.indicator().unit();
            List<UnitValue> values = data.byUnit().getOrDefault(code, List.of());
            if (widget == Widget.BARS) {
                values = values.stream()
                        .sorted(Comparator.comparing(UnitValue::name))
                        .toList();
            }
            bars.show(values, unit);
            root.setVisible(data.areaCode() == null);
            root.setManaged(root.isVisible());
        }
    }
}
