package org.iocconsole.sync.agent;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.iocconsole.sync.engine.SyncPhase;
import org.iocconsole.sync.engine.SyncProgress;
import org.iocconsole.sync.engine.SyncProgressListener;

/**
 * Progress of a headless sync as lines on a terminal: each phase change, and the row count of a running source at
 * most every few seconds. Thread-safe (sources report from their own threads).
 */
public final class TerminalProgress implements SyncProgressListener {
    private static final Duration QUIET = Duration.ofSeconds(2);

    private final PrintWriter out;
    private final Clock clock;
    private final Map<String, SyncPhase> phases = new ConcurrentHashMap<>();
    private final Map<String, Instant> printed = new ConcurrentHashMap<>();

    public TerminalProgress(PrintWriter out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    @Override
    public void onProgress(SyncProgress progress) {
        SyncPhase before = phases.put(progress.sourceId(), progress.phase());
        Instant now = clock.instant();
        Instant last = printed.get(progress.sourceId());
        boolean changed = before != progress.phase();
        if (changed || last == null || Duration.between(last, now).compareTo(QUIET) >= 0) {
            printed.put(progress.sourceId(), now);
            print(line(progress));
        }
    }

    /** The closing summary; returns the exit status: 0 when every source succeeded, else 1. */
    public int summarize(List<SyncProgress> outcomes) {
        long failed =
                outcomes.stream().filter(p -> p.phase() != SyncPhase.SUCCEEDED).count();
        for (SyncProgress outcome : outcomes) {
            print(line(outcome));
        }
        print(
                failed == 0
                        ? "All " + outcomes.size() + " sources synced."
                        : failed + " of " + outcomes.size() + " sources failed; see the lines above.");
        return failed == 0 ? 0 : 1;
    }

    private static String line(SyncProgress p) {
        String detail = p.message() == null ? "" : ": " + p.message();
        return String.format(
                "%-16s %-13s %,10d rows%s", p.sourceId(), p.phase().name().toLowerCase(), p.done(), detail);
    }

    private synchronized void print(String text) {
        out.println(text);
        out.flush();
    }
}
