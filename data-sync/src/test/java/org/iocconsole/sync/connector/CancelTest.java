package org.iocconsole.sync.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.iocconsole.sync.model.Contract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The engine cancels a request in flight from another thread; the fetch then ends at once as cancelled. */
class CancelTest {

    private final ConnectorFixture fixture = new ConnectorFixture();
    private final ExecutorService engine = Executors.newSingleThreadExecutor();

    @AfterEach
    void close() {
        engine.shutdownNow();
        fixture.close();
    }

    @Test
    void cancelsARequestWaitingForItsAnswer() throws Exception {
        fixture.enqueue(new MockResponse.Builder()
                .headersDelay(20, TimeUnit.SECONDS)
                .body(ConnectorFixture.envelope("c1", false))
                .build());

        assertCancelledPromptly();
    }

    @Test
    void cancelsARequestWhileItsBodyStreams() throws Exception {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            items.append(i == 0 ? "" : ",").append(ApiExamples.CAMERA.replace("CAM-0012", "CAM-" + i));
        }
        fixture.enqueue(new MockResponse.Builder()
                .body("{\"items\": [" + items + "], \"has_more\": false}")
                .throttleBody(1024, 100, TimeUnit.MILLISECONDS)
                .build());

        assertCancelledPromptly();
    }

    @Test
    void aCancelledHandleStopsLaterFetchesWithoutARequest() {
        CancelHandle cancel = new CancelHandle();
        cancel.cancel();

        Throwable e = catchThrowable(() ->
                fixture.connectors.create(fixture.source(Contract.CAMERAS)).fetch(null, null, cancel));

        assertThat(e).isInstanceOf(SourceException.class);
        assertThat(((SourceException) e).kind()).isEqualTo(FailureKind.CANCELLED);
        assertThat(fixture.server.getRequestCount()).isZero();
    }

    private void assertCancelledPromptly() throws Exception {
        SourceConnector<?> connector =
                fixture.connectors.create(fixture.source(Contract.CAMERAS).withTimeout(Duration.ofSeconds(60)));
        CancelHandle cancel = new CancelHandle();
        Future<?> fetch = engine.submit(() -> connector.fetch(null, null, cancel));
        fixture.take();
        Thread.sleep(200);

        long start = System.nanoTime();
        cancel.cancel();
        ExecutionException e = catchThrowableOfType(ExecutionException.class, () -> fetch.get(5, TimeUnit.SECONDS));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(e.getCause()).isInstanceOf(SourceException.class);
        SourceException failure = (SourceException) e.getCause();
        assertThat(failure.kind()).isEqualTo(FailureKind.CANCELLED);
        assertThat(failure).hasMessage("cancelled");
        assertThat(cancel.isCancelled()).isTrue();
    }
}
