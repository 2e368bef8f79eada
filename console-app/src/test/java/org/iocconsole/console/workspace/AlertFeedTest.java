package org.iocconsole.console.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.iocconsole.sync.alert.Alert;
import org.iocconsole.sync.alert.AlertKind;
import org.iocconsole.sync.alert.AlertState;
import org.iocconsole.sync.alert.Severity;
import org.junit.jupiter.api.Test;

class AlertFeedTest {
    private static final Instant NOW = Instant.parse("2026-11-22T01:00:00Z");

    static Alert alert(String id, AlertKind kind, Severity severity) {
        return new Alert(id, "rule", kind, "19", severity, 5.0, 3.0, AlertState.OPEN, NOW, NOW, null, null);
    }

    @Test
    void keepsTheLatestNewestFirstWithoutRepeats() {
        AlertFeed feed = new AlertFeed();

        feed.raised(List.of(alert("a", AlertKind.INDICATOR, Severity.WARNING)));
        feed.raised(List.of(
                alert("b", AlertKind.SOURCE_STALE, Severity.INFO), alert("a", AlertKind.INDICATOR, Severity.WARNING)));
        assertThat(feed.latest()).extracting(Alert::alertId).containsExactly("b", "a");

        feed.raised(IntStream.range(0, 30)
                .mapToObj(i -> alert("n" + i, AlertKind.INDICATOR, Severity.INFO))
                .toList());
        assertThat(feed.latest()).hasSize(AlertFeed.KEPT);
    }

    @Test
    void onlyOpenCriticalAlertsAskForTheirView() {
        AlertFeed feed = new AlertFeed();
        List<Screen> jumps = new ArrayList<>();
        feed.onCritical(alert -> jumps.add(AlertFeed.viewOf(alert)));

        feed.raised(List.of(
                alert("w", AlertKind.INDICATOR, Severity.WARNING),
                alert("c", AlertKind.OVERDUE_REPORTS, Severity.CRITICAL),
                alert("k", AlertKind.CAMERAS_OFFLINE_SHARE, Severity.CRITICAL)));

        assertThat(jumps).containsExactly(Screen.REPORTS, Screen.CAMERAS);
    }
}
