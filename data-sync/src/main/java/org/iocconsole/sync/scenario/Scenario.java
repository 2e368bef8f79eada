package org.iocconsole.sync.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A trainer's scenario: what it is called, where and when it starts, the seed of the background life of the demo
 * province, and its timeline of events in time order. Read by {@link ScenarioLoader}; the format is described in
 * {@code docs/scenarios.md}. Immutable.
 *
 * @param source how messages name the file ({@code flood-song-cau.yaml} or a built-in's name)
 * @param province the demo province it is written for ({@code 19} Thái Nguyên)
 * @param start the instant the scenario starts at; event times are offsets from it
 * @param length how long it runs; no event comes after it
 */
public record Scenario(
        String source,
        String id,
        Texts title,
        Texts description,
        String province,
        Instant start,
        Duration length,
        long seed,
        List<ScenarioEvent> events) {

    public Scenario {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(length, "length");
        events = List.copyOf(events);
    }

    /** The instant the scenario ends at. */
    public Instant end() {
        return start.plus(length);
    }

    /** The events due at or before {@code position} (an offset from the start). */
    public long eventsUpTo(Duration position) {
        return events.stream().filter(e -> e.at().compareTo(position) <= 0).count();
    }

    /** A text in Vietnamese and English; either may be empty when the file gives none. */
    public record Texts(String vi, String en) {
        public static final Texts NONE = new Texts("", "");

        public Texts {
            vi = vi == null ? "" : vi;
            en = en == null ? "" : en;
        }

        /** The text in {@code language} ({@code vi} or {@code en}), falling back to the other. */
        public String in(String language) {
            String wanted = "en".equals(language) ? en : vi;
            return wanted.isEmpty() ? ("en".equals(language) ? vi : en) : wanted;
        }
    }
}
