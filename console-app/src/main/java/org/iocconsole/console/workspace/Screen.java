package org.iocconsole.console.workspace;

import java.util.Locale;

/** The screens of the shell, in the order of the navigation rail; Ctrl+1 to Ctrl+6 reach them. */
public enum Screen {
    OVERVIEW,
    MAP,
    CAMERAS,
    REPORTS,
    DATA_SYNC,
    /** The latest alerts in large type: mostly for a wall screen. */
    ALERTS;

    /** The digit that, with Ctrl, shows this screen. */
    public int shortcutDigit() {
        return ordinal() + 1;
    }

    /** Bundle key of the navigation label ({@code shell.nav.data-sync}). */
    public String navKey() {
        return "shell.nav." + slug();
    }

    /** Lower-case name used in node ids and keys ({@code data-sync}). */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
