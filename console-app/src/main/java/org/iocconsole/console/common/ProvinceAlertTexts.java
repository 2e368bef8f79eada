package org.iocconsole.console.common;

import java.util.Locale;
import org.iocconsole.sync.alert.Alert;

/**
 * What an alert the province raised itself (a notice of kind alert) says, in the user's language: its own title and
 * text, since no rule describes it; a general title when the province sent none. FX thread only.
 */
public final class ProvinceAlertTexts {
    private ProvinceAlertTexts() {}

    /** The alert's title, for one-line places such as the wall's ticker. */
    public static String title(I18n i18n, Alert alert) {
        String title = alert.title().in(language(i18n));
        return title.isBlank() ? i18n.get("drillalerts.untitled") : title;
    }

    /** The title and, when there is one, the text, for the alert list and the toasts. */
    public static String full(I18n i18n, Alert alert) {
        String text = alert.text().in(language(i18n));
        return text.isBlank() ? title(i18n, alert) : title(i18n, alert) + " · " + text;
    }

    private static String language(I18n i18n) {
        return i18n.getLanguage().name().toLowerCase(Locale.ROOT);
    }
}
