package org.iocconsole.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.iocconsole.console.testing.MutableClock;
import org.iocconsole.sync.alert.Alert;
import org.iocconsole.sync.alert.AlertKind;
import org.iocconsole.sync.alert.AlertState;
import org.iocconsole.sync.alert.Severity;
import org.junit.jupiter.api.Test;

/** Notices of newly raised alerts, most severe first, expiring on the clock; the sound only when turned on. */
class AlertNotificationsTest {
    private static final Instant T0 = Instant.parse("2026-11-22T03:00:00Z");
    private final MutableClock clock = new MutableClock(T0, ZoneId.of("Asia/Ho_Chi_Minh"));
    private final AtomicInteger played = new AtomicInteger();
    private final List<Boolean> stored = new ArrayList<>();

    private static Alert alert(String id, Severity severity) {
        return new Alert(
                id, "rule", AlertKind.OVERDUE_REPORTS, null, severity, 60.0, 50.0, AlertState.OPEN, T0, T0, null, null);
    }

    @Test
    void newAlertsShowMostSevereFirstAndGoAwayWhenTheirTimeIsUp() {
        AlertNotifications notifications = new AlertNotifications(played::incrementAndGet, clock, false, stored::add);

        notifications.raised(List.of(alert("w", Severity.WARNING), alert("c", Severity.CRITICAL)));

        assertThat(notifications.notices()).extracting(n -> n.alert().alertId()).containsExactly("c", "w");
        assertThat(played).as("the sound is off by default").hasValue(0);

        clock.advance(AlertNotifications.SHOWN_FOR);
        notifications.tick();
        assertThat(notifications.notices()).extracting(n -> n.alert().alertId()).containsExactly("c");

        notifications.dismiss(notifications.notices().get(0));
        assertThat(notifications.notices()).isEmpty();

        notifications.raised(List.of());
        assertThat(notifications.notices()).isEmpty();
    }

    @Test
    void aCriticalAlertAsksForTheSoundWhenTheSettingIsOn() {
        AlertNotifications notifications = new AlertNotifications(played::incrementAndGet, clock, false, stored::add);
        notifications.soundProperty().set(true);

        notifications.raised(List.of(alert("w", Severity.WARNING)));
        assertThat(played).hasValue(0);
        notifications.raised(List.of(alert("c", Severity.CRITICAL), alert("c2", Severity.CRITICAL)));
        assertThat(played).as("one sound per evaluation").hasValue(1);
        assertThat(stored).containsExactly(true);
    }

    @Test
    void atMostFourNoticesAndARaisedAgainAlertMovesToTheTop() {
        AlertNotifications notifications = new AlertNotifications(played::incrementAndGet, clock, true, stored::add);
        for (int i = 0; i < 6; i++) {
            notifications.raised(List.of(alert("a" + i, Severity.WARNING)));
            clock.advance(Duration.ofSeconds(1));
        }
        notifications.raised(List.of(alert("a3", Severity.WARNING)));

        assertThat(notifications.notices())
                .extracting(n -> n.alert().alertId())
                .containsExactly("a3", "a5", "a4", "a2");
    }

    @Test
    void theStoredSettingReadLaterIsPutInWithoutStoringItAndAChoiceMadeMeanwhileStands() {
        AlertNotifications restored = new AlertNotifications(played::incrementAndGet, clock, false, stored::add);
        restored.restoreSound(true);
        assertThat(restored.soundProperty().get()).isTrue();
        assertThat(stored).as("reading the setting does not write it back").isEmpty();
        restored.raised(List.of(alert("c", Severity.CRITICAL)));
        assertThat(played).hasValue(1);

        AlertNotifications chosen = new AlertNotifications(played::incrementAndGet, clock, false, stored::add);
        chosen.soundProperty().set(true);
        chosen.restoreSound(false);
        assertThat(chosen.soundProperty().get()).as("the user's choice stands").isTrue();
        assertThat(stored).containsExactly(true);
    }
}
