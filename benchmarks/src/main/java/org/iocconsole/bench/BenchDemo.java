package org.iocconsole.bench;

import java.time.Instant;
import org.iocconsole.sync.demo.DemoOptions;
import org.iocconsole.sync.demo.DemoProvince;
import org.iocconsole.sync.demo.VirtualClock;

/** The demo province the benchmarks read: default seed, stopped clock, so every run sees the same data. */
final class BenchDemo {
    static final Instant ANCHOR = Instant.parse("2026-11-20T02:00:00Z");

    private BenchDemo() {}

    static DemoProvince start() {
        return DemoProvince.start(DemoOptions.defaults().withClock(VirtualClock.manual(ANCHOR)))
                .awaitReady();
    }
}
