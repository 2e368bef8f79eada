package org.iocconsole.console.workspace;

import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.iocconsole.console.common.ChoiceToggles;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.Language;
import org.iocconsole.console.common.LazyTooltip;
import org.iocconsole.console.common.Theme;

/** The shell's top bar: product name, the DEMO mark, the language and theme switches. FX thread only. */
final class TopBar extends HBox {

    TopBar(ShellViewModel vm, I18n i18n) {
        getStyleClass().add("top-bar");

        Label name = new Label();
        name.textProperty().bind(i18n.text("shell.brand.name"));
        name.getStyleClass().add("top-bar-name");
        Label subtitle = new Label();
        subtitle.textProperty().bind(i18n.text("shell.brand.subtitle"));
        subtitle.getStyleClass().add("top-bar-subtitle");
        VBox brand = new VBox(name, subtitle);
        brand.getStyleClass().add("top-bar-brand");

        Label demoMark = new Label();
        demoMark.setId("demo-mark");
        demoMark.textProperty().bind(i18n.text("shell.demo.mark"));
        demoMark.getStyleClass().add("demo-mark");
        LazyTooltip.install(demoMark, i18n.text("shell.demo.tooltip"));
        demoMark.visibleProperty().bind(vm.demoProperty());
        demoMark.managedProperty().bind(vm.demoProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        ChoiceToggles<Language> language = new ChoiceToggles<>(
                Orientation.HORIZONTAL,
                List.of(Language.VI, Language.EN),
                vm.languageProperty(),
                lang -> i18n.text("shell.language." + lang.locale().getLanguage()),
                lang -> "language-" + lang.locale().getLanguage());
        language.pane().getStyleClass().add("top-bar-switch");

        ChoiceToggles<Theme> theme = new ChoiceToggles<>(
                Orientation.HORIZONTAL,
                List.of(Theme.values()),
                vm.themeProperty(),
                t -> i18n.text(themeKey(t)),
                t -> "theme-" + t.name().toLowerCase(Locale.ROOT));
        theme.pane().getStyleClass().add("top-bar-switch");
        for (Theme t : Theme.values()) {
            LazyTooltip.install(theme.button(t), i18n.text(themeKey(t) + ".tooltip"));
        }

        // Switches and buttons keep their whole labels, also those added later; only the brand gives way.
        getChildren().addListener((ListChangeListener<Node>) change -> keepWhole(brand, spacer));
        getChildren().addAll(brand, demoMark, spacer, language.pane(), theme.pane());
    }

    private void keepWhole(Region brand, Region spacer) {
        for (Node child : getChildren()) {
            if (child != brand && child != spacer && child instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
    }

    private static String themeKey(Theme theme) {
        return "shell.theme." + theme.name().toLowerCase(Locale.ROOT);
    }
}
