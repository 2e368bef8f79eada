package org.iocconsole.console.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.iocconsole.console.testing.ManualExecutor;
import org.junit.jupiter.api.Test;

class CoalescerTest {
    private final ManualExecutor executor = new ManualExecutor();

    @Test
    void runsABurstOfRequestsOnce() {
        AtomicInteger runs = new AtomicInteger();
        Coalescer coalescer = new Coalescer(executor, runs::incrementAndGet);

        for (int i = 0; i < 100; i++) {
            coalescer.request();
        }
        executor.runQueued();

        assertThat(runs).hasValue(1);
    }

    @Test
    void aRequestMadeWhileTheActionRunsGetsItsOwnRun() {
        List<String> log = new ArrayList<>();
        Coalescer[] self = new Coalescer[1];
        self[0] = new Coalescer(executor, () -> {
            log.add("run");
            if (log.size() == 1) {
                self[0].request();
            }
        });

        self[0].request();
        executor.runQueued();
        assertThat(executor.queued()).isEqualTo(1);
        executor.runQueued();

        assertThat(log).containsExactly("run", "run");
    }
}
