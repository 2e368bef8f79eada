package org.iocconsole.console.workspace;

import java.util.Locale;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.ProvinceAlertTexts;
import org.iocconsole.sync.alert.Alert;
import org.iocconsole.sync.alert.AlertKind;

/** The one-line text of an alert on the wall: severity, what it watches and its subject. FX thread only. */
final class AlertTexts {
    private AlertTexts() {}

    static String line(I18n i18n, Alert alert) {
        if (alert.kind() == AlertKind.NOTICE) {
            return severity(i18n, alert) + ": " + ProvinceAlertTexts.title(i18n, alert);
        }
        String kind = i18n.get("wall.alert.kind." + alert.kind().wireName());
        String subject = alert.subject() == null || alert.subject().isBlank() ? "" : " · " + alert.subject();
        return severity(i18n, alert) + ": " + kind + subject;
    }

    static String severity(I18n i18n, Alert alert) {
        return i18n.get("wall.alert.severity." + alert.severity().name().toLowerCase(Locale.ROOT));
    }
}
