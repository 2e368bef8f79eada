package org.iocconsole.console.app;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.Requery;
import org.iocconsole.console.dashboard.AlertNotifications;
import org.iocconsole.console.dashboard.AlertRuns;
import org.iocconsole.console.dashboard.AlertSoundSetting;
import org.iocconsole.console.dashboard.AlertToasts;
import org.iocconsole.console.dashboard.ClipAlertSound;
import org.iocconsole.console.dashboard.TileTexts;
import org.iocconsole.console.workspace.AlertFeed;
import org.iocconsole.console.workspace.ShellView;
import org.iocconsole.sync.alert.Alert;

/**
 * The alerts' part of the console: the rules evaluated after every sync run that ends and on the clock, what they raise
 * shown as toasts (with the sound for critical ones), and the feed the wall's ticker and the alerts view read. FX thread
 * only.
 */
final class AlertWiring {
    /** The longest the alert rules go unevaluated while no sync run ends. */
    static final Duration EVERY = Duration.ofMinutes(1);

    private final Clock clock;
    private final Executor background;
    private final Executor fx;
    private final AlertNotifications notifications;
    private final AlertFeed feed = new AlertFeed();
    private Requery<List<Alert>> run;

    AlertWiring(Clock clock, Executor background, Executor fx) {
        this.clock = clock;
        this.background = background;
        this.fx = fx;
        this.notifications = new AlertNotifications(new ClipAlertSound(), clock, false, AlertSoundSetting::store);
    }

    AlertNotifications notifications() {
        return notifications;
    }

    /** The latest alerts, for the wall's ticker, pre-emption and the alerts view. */
    AlertFeed feed() {
        return feed;
    }

    /**
     * The data side is open: the rules run from now on, and their toasts show over the shell's screens.
     *
     * @param raised told after each run of the rules (the board shows the alerts too)
     * @param ticks the console's periodic ticks, on which the rules run when no sync run ends: a stale source still
     *     raises its alert
     */
    void attach(
            ConsoleServices services,
            SyncEventRelay events,
            Runnable raised,
            List<Runnable> ticks,
            ShellView shellView,
            I18n i18n) {
        // Only alerts play the sound, and they come with the data side: the user preferences, an XML file, are read
        // now, off the FX thread, not before the first frame.
        background.execute(() -> {
            boolean soundOn = AlertSoundSetting.load();
            fx.execute(() -> notifications.restoreSound(soundOn));
        });
        run = new Requery<>(
                "alert rules",
                () -> services.evaluateAlerts(clock.instant(), LocalDate.now(clock)),
                background,
                fx,
                alerts -> {
                    notifications.raised(alerts);
                    raised.run();
                    feed.raised(alerts);
                });
        AlertRuns runs = new AlertRuns(run::request, clock, EVERY);
        events.subscribeProgress(runs);
        ticks.add(runs::tick);
        runs.run();
        shellView.showToasts(new AlertToasts(notifications, i18n, new TileTexts(i18n, clock.getZone())).root());
    }

    /** Runs the rules again soon (reports fell overdue); nothing before the data side is open. */
    void request() {
        if (run != null) {
            run.request();
        }
    }
}
