package org.iocconsole.console.workspace;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.layout.VBox;
import org.iocconsole.console.common.ChoiceToggles;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.LazyTooltip;

/** The left rail choosing the screen; each entry's tooltip names its shortcut. FX thread only. */
final class NavigationRail extends VBox {

    NavigationRail(ShellViewModel vm, I18n i18n) {
        getStyleClass().add("nav-rail");
        ChoiceToggles<Screen> choices = new ChoiceToggles<>(
                Orientation.VERTICAL,
                List.of(Screen.values()),
                vm.screenProperty(),
                screen -> i18n.text(screen.navKey()),
                screen -> "nav-" + screen.slug());
        for (Screen screen : Screen.values()) {
            LazyTooltip.install(choices.button(screen), i18n.format("shell.nav.shortcut", () ->
                    new Object[] {screen.shortcutDigit()}));
            choices.button(screen).getStyleClass().add("nav-rail-item");
        }
        choices.pane().getStyleClass().add("nav-rail-items");
        getChildren().add(choices.pane());
    }
}
