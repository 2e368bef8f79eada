package org.iocconsole.console.map;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.Language;
import org.iocconsole.console.common.PlainText;
import org.iocconsole.console.common.TimeTexts;
import org.iocconsole.maps.geo.ClassBreaks;
import org.iocconsole.sync.model.Indicator;

/**
 * The map's controls beside it: search a unit by name with or without diacritics, the day whose units are shown
 * (before or after the 2025 reform, with old and new names), the choropleth's indicator and class breaks, the heat
 * map's time window, and the layer panel. FX thread only.
 */
final class MapSidePanel {
    private final VBox root = new VBox();
    private final I18n i18n;
    private final TimeTexts times;

    MapSidePanel(MapScreenViewModel vm, I18n i18n, TimeTexts times, LayerPanel layers, Consumer<UnitRow> goTo) {
        this.i18n = i18n;
        this.times = times;
        root.setId("map-side");
        root.getStyleClass().add("map-side");

        TextField search = new TextField();
        search.setId("map-search");
        search.getStyleClass().add("map-search");
        search.promptTextProperty().bind(i18n.text("map.search.prompt"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        ListView<UnitRow> results = new ListView<>(vm.getCommunes());
        results.setId("map-results");
        results.getStyleClass().add("map-results");
        results.setPrefHeight(180);
        results.setCellFactory(list -> new UnitListCell());
        results.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                goTo.accept(now);
            }
        });
        Label count = new Label();
        count.setId("map-count");
        count.getStyleClass().add("map-count");
        count.textProperty()
                .bind(i18n.format(
                        "map.shown",
                        () -> new Object[] {
                            vm.shownCountProperty().get(), vm.totalProperty().get()
                        },
                        vm.shownCountProperty(),
                        vm.totalProperty()));

        DatePicker date = new DatePicker();
        date.setId("map-date");
        date.valueProperty().bindBidirectional(vm.chosenDateProperty());
        date.promptTextProperty().bind(i18n.text("map.date.today"));
        Label dateLabel = label("map.date");
        Label formerNote = formerNote(vm);

        ComboBox<Indicator> indicator = new ComboBox<>(vm.getIndicators());
        indicator.setId("map-indicator");
        indicator.valueProperty().bindBidirectional(vm.indicatorProperty());
        indicator.setConverter(indicatorNames());
        indicator.setButtonCell(new IndicatorCell());
        indicator.setMaxWidth(Double.MAX_VALUE);
        ChoiceBox<ClassBreaks.Method> method = new ChoiceBox<>();
        method.setId("map-method");
        method.getItems().setAll(ClassBreaks.Method.values());
        method.valueProperty().bindBidirectional(vm.methodProperty());
        method.setConverter(keyed("map.method."));
        ChoiceBox<HeatWindow> heat = new ChoiceBox<>();
        heat.setId("map-heat-window");
        heat.getItems().setAll(HeatWindow.values());
        heat.valueProperty().bindBidirectional(vm.heatWindowProperty());
        heat.setConverter(keyed("map.heat.window."));
        // A new converter makes the choices show their names again in the new language.
        i18n.languageProperty().addListener((o, was, now) -> {
            indicator.setConverter(indicatorNames());
            indicator.setButtonCell(new IndicatorCell());
            method.setConverter(keyed("map.method."));
            heat.setConverter(keyed("map.heat.window."));
            results.refresh();
        });

        VBox find = new VBox(search, count, results, dateLabel, date, formerNote);
        find.getStyleClass().add("map-side-section");
        VBox analysis =
                new VBox(label("map.indicator"), indicator, label("map.method"), method, label("map.heat"), heat);
        analysis.getStyleClass().add("map-side-section");
        TitledPane layerPane = titled("map.layers", layers.root());
        root.getChildren().addAll(titled("map.find", find), titled("map.analysis", analysis), layerPane);
    }

    /** Says, for a day before a reform, that the areas drawn are later communes named by the former ones. */
    private Label formerNote(MapScreenViewModel vm) {
        Label note = new Label();
        note.setId("map-former-note");
        note.getStyleClass().add("map-former-note");
        note.setWrapText(true);
        note.managedProperty().bind(note.visibleProperty());
        Runnable update = () -> {
            MapData data = vm.dataProperty().get();
            LocalDate from = data == null
                    ? null
                    : data.formerAreas().values().stream()
                            .map(FormerOutlines.Area::from)
                            .min(LocalDate::compareTo)
                            .orElse(null);
            note.setVisible(from != null);
            note.setText(from == null ? null : i18n.get("map.former.note", times.date(from)));
        };
        vm.dataProperty().addListener((o, was, now) -> update.run());
        i18n.languageProperty().addListener((o, was, now) -> update.run());
        update.run();
        return note;
    }

    VBox root() {
        return root;
    }

    private StringConverter<Indicator> indicatorNames() {
        return new StringConverter<>() {
            @Override
            public String toString(Indicator value) {
                if (value == null) {
                    return "";
                }
                String name =
                        i18n.getLanguage() == Language.EN && value.nameEn() != null ? value.nameEn() : value.nameVi();
                return PlainText.line(name);
            }

            @Override
            public Indicator fromString(String text) {
                return null;
            }
        };
    }

    private Label label(String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(key));
        label.getStyleClass().add("map-side-label");
        return label;
    }

    private TitledPane titled(String key, Node content) {
        TitledPane pane = new TitledPane();
        pane.textProperty().bind(i18n.text(key));
        pane.setContent(content);
        return pane;
    }

    private <E extends Enum<E>> StringConverter<E> keyed(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null
                        ? ""
                        : i18n.get(
                                prefix + value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        };
    }

    /** The chosen indicator's name on the combo box's button; replaced when the language changes. */
    private final class IndicatorCell extends ListCell<Indicator> {
        @Override
        protected void updateItem(Indicator item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : indicatorNames().toString(item));
        }
    }

    /** A unit with its type and, beneath its name, the names it had or will have across the reform. */
    private final class UnitListCell extends ListCell<UnitRow> {
        private final UnitTypes types = new UnitTypes(i18n);
        private final Label name = new Label();
        private final Label type = new Label();
        private final Label lineage = new Label();
        private final VBox box = new VBox(new HBox(6, name, type), lineage);

        UnitListCell() {
            type.getStyleClass().add("map-unit-type");
            lineage.getStyleClass().add("map-unit-lineage");
            lineage.setWrapText(true);
            lineage.managedProperty().bind(lineage.visibleProperty());
        }

        @Override
        protected void updateItem(UnitRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            name.setText(PlainText.line(row.unit().nameVi()));
            type.setText(types.name(row.unit().type()));
            lineage.setVisible(!row.lineage().isEmpty());
            String key = row.before() ? "map.lineage.later" : "map.lineage.earlier";
            lineage.setText(
                    row.lineage().isEmpty() ? null : i18n.get(key, PlainText.line(String.join(", ", row.lineage()))));
            setGraphic(box);
        }
    }
}
