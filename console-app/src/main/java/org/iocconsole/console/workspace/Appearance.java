package org.iocconsole.console.workspace;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Parent;
import org.iocconsole.console.common.StyleClasses;
import org.iocconsole.console.common.Theme;

/**
 * Applies a theme: the AtlantaFX Primer stylesheet for the controls, and a style class on the shell's root that our
 * stylesheets use for colours and the root font size. FX thread only.
 */
final class Appearance {
    static final String DARK_CLASS = "theme-dark";
    static final String LIGHT_CLASS = "theme-light";

    private Appearance() {}

    static void apply(Parent root, Theme theme) {
        // The binary form parses faster than the CSS, which matters for the first frame.
        Application.setUserAgentStylesheet(
                theme == Theme.DARK
                        ? new PrimerDark().getUserAgentStylesheetBSS()
                        : new PrimerLight().getUserAgentStylesheetBSS());
        StyleClasses.toggle(root, DARK_CLASS, theme == Theme.DARK);
        StyleClasses.toggle(root, LIGHT_CLASS, theme == Theme.LIGHT);
    }
}
