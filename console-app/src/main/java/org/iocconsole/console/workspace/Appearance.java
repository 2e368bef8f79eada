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
    static final String CONTRAST_CLASS = "theme-contrast";

    private Appearance() {}

    static void apply(Parent root, Theme theme) {
        // The binary form parses faster than the CSS, which matters for the first frame.
        Application.setUserAgentStylesheet(
                theme != Theme.LIGHT
                        ? new PrimerDark().getUserAgentStylesheetBSS()
                        : new PrimerLight().getUserAgentStylesheetBSS());
        styleClasses(root, theme);
    }

    /** Only the theme's style classes, for another window of a console whose theme is already applied. */
    static void styleClasses(Parent root, Theme theme) {
        // High contrast builds on the dark theme's rules and overrides its colours and type size.
        StyleClasses.toggle(root, DARK_CLASS, theme != Theme.LIGHT);
        StyleClasses.toggle(root, CONTRAST_CLASS, theme == Theme.CONTRAST);
        StyleClasses.toggle(root, LIGHT_CLASS, theme == Theme.LIGHT);
    }
}
