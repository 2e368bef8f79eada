package org.iocconsole.console.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.iocconsole.sync.alert.Alert;
import org.iocconsole.sync.alert.Severity;

/**
 * Notifications of alerts raised by an evaluation after a sync: one notice per alert, most severe first, at most
 * {@link #MAX_SHOWN} at a time. A notice goes away when dismissed or when its time is up (a critical one stays three
 * times as long). A critical alert also plays the alert sound when the sound setting is on (off by default). FX
 * thread only.
 */
public final class AlertNotifications {
    public static final int MAX_SHOWN = 4;
    /** How long a warning or information notice stays. */
    public static final Duration SHOWN_FOR = Duration.ofSeconds(15);

    /** A notice on screen: the alert and when it goes away. */
    public record Notice(Alert alert, Instant until) {}

    private final ObservableList<Notice> notices = FXCollections.observableArrayList();
    private final ObservableList<Notice> shown = FXCollections.unmodifiableObservableList(notices);
    private final BooleanProperty sound = new SimpleBooleanProperty(this, "sound", false);
    private final AlertSound player;
    private final Clock clock;
    /** True while the stored setting is put in: it is not stored again. */
    private boolean restoring;
    /** True once the user changed the setting: a stored value read later does not undo it. */
    private boolean chosen;

    /**
     * @param player plays the critical-alert sound
     * @param soundOn the stored sound setting
     * @param storeSound keeps the sound setting when the user changes it
     */
    public AlertNotifications(AlertSound player, Clock clock, boolean soundOn, Consumer<Boolean> storeSound) {
        this.player = player;
        this.clock = clock;
        sound.set(soundOn);
        sound.addListener((o, old, now) -> {
            if (!restoring) {
                chosen = true;
                storeSound.accept(now);
            }
        });
    }

    /**
     * Puts in the stored sound setting when it is read after these notifications were made (the console reads it off
     * the FX thread); the setting is not stored again, and a choice the user made meanwhile stands.
     */
    public void restoreSound(boolean on) {
        if (chosen) {
            return;
        }
        restoring = true;
        try {
            sound.set(on);
        } finally {
            restoring = false;
        }
    }

    /** Shows the alerts an evaluation raised or reopened. */
    public void raised(List<Alert> alerts) {
        if (alerts.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<Notice> fresh = alerts.stream()
                .sorted(Comparator.comparing(Alert::severity).reversed())
                .map(a -> new Notice(
                        a, now.plus(a.severity() == Severity.CRITICAL ? SHOWN_FOR.multipliedBy(3) : SHOWN_FOR)))
                .toList();
        notices.removeIf(n -> fresh.stream()
                .anyMatch(f -> f.alert().alertId().equals(n.alert().alertId())));
        notices.addAll(0, fresh);
        if (notices.size() > MAX_SHOWN) {
            notices.remove(MAX_SHOWN, notices.size());
        }
        if (sound.get() && alerts.stream().anyMatch(a -> a.severity() == Severity.CRITICAL)) {
            player.play();
        }
    }

    /** Removes the notices whose time is up; called periodically. */
    public void tick() {
        Instant now = clock.instant();
        notices.removeIf(n -> !now.isBefore(n.until()));
    }

    public void dismiss(Notice notice) {
        notices.remove(notice);
    }

    /** The notices on screen, newest and most severe first. */
    public ObservableList<Notice> notices() {
        return shown;
    }

    /** Whether a critical alert plays the alert sound (for a wall). */
    public BooleanProperty soundProperty() {
        return sound;
    }
}
