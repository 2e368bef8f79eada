package org.iocconsole.console.common;

import java.util.Locale;

/** The languages of the console's texts. */
public enum Language {
    VI(Locale.forLanguageTag("vi-VN")),
    EN(Locale.forLanguageTag("en"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** The locale of this language's texts, numbers and dates. */
    public Locale locale() {
        return locale;
    }

    /** Vietnamese when the system speaks it, English otherwise. */
    public static Language forSystemLocale(Locale system) {
        return "vi".equals(system.getLanguage()) ? VI : EN;
    }
}
