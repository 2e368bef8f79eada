package org.iocconsole.console.dashboard;

import java.util.prefs.Preferences;

/** Where the critical-alert sound setting is kept between sessions: the user's preferences. Off until turned on. */
public final class AlertSoundSetting {
    private static final String KEY = "alerts.criticalSound";

    private AlertSoundSetting() {}

    public static boolean load() {
        return Preferences.userNodeForPackage(AlertSoundSetting.class).getBoolean(KEY, false);
    }

    public static void store(boolean on) {
        Preferences.userNodeForPackage(AlertSoundSetting.class).putBoolean(KEY, on);
    }
}
