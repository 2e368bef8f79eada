package org.iocconsole.console.dashboard;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.iocconsole.console.common.ChoiceToggles;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.TimeTexts;
import org.iocconsole.sync.kpi.PeriodView;

/**
 * The KPI board: period selector, area with its reform lineage, indicator tiles, the chart indicator's time series
 * and communes' ranking (a click drills down to the commune), and the open alerts. Applying a read updates existing
 * tiles in place. A click on a tile charts its indicator. FX thread only.
 */
public final class KpiBoardView {
    private final KpiBoardViewModel vm;
    private final I18n i18n;
    private final TileTexts texts;
    private final VBox root = new VBox();
    private final Label window = new Label();
    private final Label area = new Label();
    private final Label lineage = new Label();
    private final Label onTime = new Label();
    private final Label trendTitle = new Label();
    private final Label trendNote = new Label();
    private final FlowPane tiles = new FlowPane();
    private final Map<String, KpiTile> tileByCode = new HashMap<>();
    private final TrendChart trend = new TrendChart();
    private final UnitRanking ranking;
    private final AlertList alerts;

    public KpiBoardView(KpiBoardViewModel vm, I18n i18n, Clock clock) {
        ZoneId zone = clock.getZone();
        this.vm = vm;
        this.i18n = i18n;
        this.texts = new TileTexts(i18n, zone);
        this.ranking = new UnitRanking(texts, vm::drillDown);
        this.alerts = new AlertList(i18n, texts, vm::acknowledge, vm.gate());
        root.getStyleClass().add("kpi-board");
        root.setId("kpi-board");

        ChoiceToggles<PeriodView> periods = new ChoiceToggles<>(
                Orientation.HORIZONTAL,
                List.of(PeriodView.values()),
                vm.viewProperty(),
                v -> i18n.text("kpi.period." + v.name().toLowerCase(Locale.ROOT).replace('_', '-')),
                v -> "kpi-period-" + v.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        Button previous = button("kpi-previous", "kpi.previous", vm::previousMonth);
        Button next = button("kpi-next", "kpi.next", vm::nextMonth);
        Button back = button("kpi-back", "kpi.back", vm::backToProvince);
        back.visibleProperty().bind(vm.areaCodeProperty().isNotNull());
        back.managedProperty().bind(back.visibleProperty());
        window.setId("kpi-window");
        window.getStyleClass().add("kpi-window");
        area.setId("kpi-area");
        area.getStyleClass().add("kpi-area");
        BoardExports exports = new BoardExports(vm, i18n, texts, new TimeTexts(i18n, zone), clock);
        Button png = button("kpi-export-png", "kpi.export.png", () -> exports.png(root));
        Button pdf = button("kpi-export-pdf", "kpi.export.pdf", () -> exports.pdf(root));
        Label exported = new Label();
        exported.setId("kpi-export-result");
        exported.textProperty()
                .bind(i18n.compute(() -> exportText(vm.exportResultProperty().get()), vm.exportResultProperty()));
        HBox toolbar = new HBox(periods.pane(), previous, window, next, area, back, png, pdf, exported);
        toolbar.getStyleClass().add("kpi-toolbar");
        lineage.setId("kpi-lineage");
        lineage.getStyleClass().add("kpi-lineage");
        lineage.setWrapText(true);
        onTime.setId("kpi-ontime");
        tiles.getStyleClass().add("overview-grid");

        Label unitsTitle = title("kpi.chart.units");
        trend.reformLabelProperty().bind(i18n.text("dashboard.trend.reform"));
        trendNote.setId("kpi-trend-note");
        trendNote.getStyleClass().add("kpi-lineage");
        trendNote.setWrapText(true);
        // Wraps at the width it is given instead of asking for the whole text on one line.
        trendNote.setPrefWidth(1);
        trendNote.setMaxWidth(Double.MAX_VALUE);
        trendNote.managedProperty().bind(trendNote.visibleProperty());
        VBox trendBox = new VBox(trendTitle, trend, trendNote);
        trendTitle.getStyleClass().add("overview-section-title");
        HBox.setHgrow(trendBox, Priority.ALWAYS);
        VBox rankingBox = new VBox(unitsTitle, ranking);
        rankingBox.visibleProperty().bind(vm.areaCodeProperty().isNull());
        rankingBox.managedProperty().bind(rankingBox.visibleProperty());
        HBox charts = new HBox(trendBox, rankingBox);
        charts.getStyleClass().add("kpi-charts");

        root.getChildren()
                .addAll(
                        title("kpi.board.title"),
                        toolbar,
                        lineage,
                        onTime,
                        tiles,
                        charts,
                        title("kpi.alerts.title"),
                        alerts);
        vm.dataProperty().addListener((o, old, now) -> apply(now));
        i18n.languageProperty()
                .addListener((o, old, now) -> apply(vm.dataProperty().get()));
    }

    private String exportText(String result) {
        if (result.startsWith("done:")) {
            return i18n.get("kpi.export.done", result.substring(5));
        }
        return result.startsWith("failed:") ? i18n.get("kpi.export.failed", result.substring(7)) : "";
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(i18n.text(key));
        button.setOnAction(e -> action.run());
        return button;
    }

    private Label title(String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(key));
        label.getStyleClass().add("overview-section-title");
        return label;
    }

    public Parent root() {
        return root;
    }

    /** Shows a read: texts in the current language, tiles updated in place. */
    private void apply(BoardData data) {
        if (data == null) {
            return;
        }
        window.setText(texts.window(data.window()));
        area.setText(
                data.request().areaCode() == null
                        ? i18n.get("kpi.area.province") + (data.areaName() == null ? "" : " · " + data.areaName())
                        : String.valueOf(data.areaName()));
        lineage.setText(texts.lineage(data.lineage()));
        lineage.setVisible(!data.lineage().isEmpty());
        lineage.setManaged(lineage.isVisible());
        onTime.setText(texts.onTime(data.dossiersOnTime()));
        Map<String, String> names = new LinkedHashMap<>();
        List<KpiTile> shown = new ArrayList<>(data.tiles().size());
        for (TileData tile : data.tiles()) {
            names.put(tile.entry().code(), texts.name(tile));
            KpiTile node = tileByCode.computeIfAbsent(tile.entry().code(), this::newTile);
            node.setLabel(texts.name(tile));
            node.setValue(texts.value(tile));
            node.setDetails(join(texts.target(tile), texts.vsPrevious(tile), texts.vsLastYear(tile), texts.asOf(tile)));
            node.setNotes(texts.notes(tile));
            node.setStatus(tile.reading().status());
            node.setSparkline(tile.reading().sparkline());
            shown.add(node);
        }
        if (!tiles.getChildren().equals(shown)) {
            tiles.getChildren().setAll(shown);
        }
        String chartName = names.getOrDefault(
                vm.chartCodeProperty().get(), vm.chartCodeProperty().get());
        trendTitle.setText(i18n.get("kpi.chart.trend") + ": " + chartName);
        trend.seriesProperty().set(data.trend());
        boolean acrossReform =
                data.trend().reformIndex() >= 0 && !data.lineage().isEmpty();
        trendNote.setText(acrossReform ? i18n.get("dashboard.trend.note", texts.lineage(data.lineage())) : "");
        trendNote.setVisible(acrossReform);
        String unit = data.tiles().stream()
                .filter(t -> t.entry().code().equals(vm.chartCodeProperty().get()))
                .map(t -> t.entry().indicator().unit())
                .findFirst()
                .orElse("");
        ranking.show(data.byUnit(), unit);
        alerts.show(data.alerts(), names);
    }

    private KpiTile newTile(String code) {
        KpiTile tile = new KpiTile();
        tile.setId("kpi-" + code);
        tile.getStyleClass().add("kpi-indicator-tile");
        tile.setOnMouseClicked(e -> vm.chartCodeProperty().set(code));
        return tile;
    }

    private static String join(String... lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            if (!line.isEmpty()) {
                text.append(text.length() == 0 ? "" : "\n").append(line);
            }
        }
        return text.toString();
    }
}
