package org.iocconsole.console.workspace;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import org.iocconsole.console.common.ChoiceToggles;
import org.iocconsole.console.common.I18n;

/** The compact window's tabs along the top, in place of the navigation rail. FX thread only. */
final class ViewTabs extends HBox {

    ViewTabs(ShellViewModel vm, I18n i18n) {
        setId("view-tabs");
        getStyleClass().add("view-tabs");
        ChoiceToggles<Screen> choices = new ChoiceToggles<>(
                Orientation.HORIZONTAL,
                List.of(Screen.values()),
                vm.screenProperty(),
                screen -> i18n.text(screen.navKey()),
                screen -> "tab-" + screen.slug());
        getChildren().add(choices.pane());
    }
}
