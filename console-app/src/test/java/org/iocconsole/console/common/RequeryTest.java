package org.iocconsole.console.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.iocconsole.console.testing.ManualExecutor;
import org.junit.jupiter.api.Test;

class RequeryTest {
    private final ManualExecutor background = new ManualExecutor();
    private final AtomicInteger reads = new AtomicInteger();
    private final List<Integer> applied = new ArrayList<>();
    private final Requery<Integer> requery =
            new Requery<>("numbers", reads::incrementAndGet, background, Runnable::run, applied::add);

    @Test
    void aBurstOfRequestsDuringAReadCostsOneMoreRead() {
        requery.request();
        requery.request();
        requery.request();
        assertThat(background.queued()).isEqualTo(1);

        background.runQueued();
        background.runQueued();
        background.runQueued();

        assertThat(reads).hasValue(2);
        assertThat(applied).containsExactly(1, 2);
    }

    @Test
    void aFailedReadKeepsTheLastResultAndAllowsTheNext() {
        AtomicInteger calls = new AtomicInteger();
        List<String> results = new ArrayList<>();
        Requery<String> failingOnce = new Requery<>(
                "text",
                () -> {
                    if (calls.incrementAndGet() == 1) {
                        throw new IllegalStateException("cache closed");
                    }
                    return "ok";
                },
                background,
                Runnable::run,
                results::add);

        failingOnce.request();
        background.runQueued();
        failingOnce.request();
        background.runQueued();

        assertThat(results).containsExactly("ok");
    }
}
