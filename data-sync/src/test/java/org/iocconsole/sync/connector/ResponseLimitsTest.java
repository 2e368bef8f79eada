package org.iocconsole.sync.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import okio.BufferedSink;
import org.iocconsole.sync.model.Contract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Oversized answers are refused while they stream, before anything reaches the cache. */
class ResponseLimitsTest {

    private static final long FIFTY_MB = 50L * 1024 * 1024;

    private final ConnectorFixture fixture = new ConnectorFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void refusesA50MbBodyWithoutContentLengthWhileItStreams() {
        HugeBody body = new HugeBody(FIFTY_MB);
        fixture.enqueue(new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "application/json")
                .body(body)
                .build());
        long heapBefore = usedHeap();

        SourceException e = catchThrowableOfType(SourceException.class, () -> fixture.connectors
                .create(fixture.source(Contract.CAMERAS).withMaxResponseMb(1))
                .fetch(null, null, new CancelHandle()));

        assertThat(e.kind()).isEqualTo(FailureKind.LIMIT_EXCEEDED);
        assertThat(e).hasMessage("the answer is larger than the source's limit of 1 MB");
        assertThat(body.written.get())
                .as("the client stopped reading long before the end")
                .isLessThan(FIFTY_MB / 5);
        assertThat(usedHeap() - heapBefore).as("heap growth").isLessThan(24L * 1024 * 1024);
    }

    @Test
    void refusesAnAnnouncedLengthOverTheLimitBeforeReading() {
        fixture.enqueue(new MockResponse.Builder()
                .code(200)
                .body(new HugeBody(2L * 1024 * 1024).withLength())
                .build());

        SourceException e = catchThrowableOfType(SourceException.class, () -> fixture.connectors
                .create(fixture.source(Contract.CAMERAS).withMaxResponseMb(1))
                .fetch(null, null, new CancelHandle()));

        assertThat(e.kind()).isEqualTo(FailureKind.LIMIT_EXCEEDED);
        assertThat(e).hasMessage("the answer announces 2097152 bytes, more than the source's limit of 1 MB");
    }

    @Test
    void acceptsAnAnswerJustUnderTheLimit() throws Exception {
        String padding = " ".repeat(1024 * 1024 - 200);
        fixture.enqueue(200, ConnectorFixture.envelope("c1", false) + padding);

        FetchResult<?> result = fixture.connectors
                .create(fixture.source(Contract.CAMERAS).withMaxResponseMb(1))
                .fetch(null, null, new CancelHandle());

        assertThat(result.page().nextCursor()).isEqualTo("c1");
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** One item with a name of {@code size} bytes, written in chunks as the client reads. */
    private static final class HugeBody implements MockResponseBody {
        final AtomicLong written = new AtomicLong();
        private final long size;
        private boolean announceLength;

        HugeBody(long size) {
            this.size = size;
        }

        HugeBody withLength() {
            announceLength = true;
            return this;
        }

        @Override
        public long getContentLength() {
            return announceLength ? size : -1;
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            byte[] head = "{\"items\": [{\"id\": \"CAM-1\", \"name\": \"".getBytes(StandardCharsets.UTF_8);
            byte[] chunk = "A".repeat(64 * 1024).getBytes(StandardCharsets.UTF_8);
            sink.write(head);
            long remaining = size - head.length;
            while (remaining > 0) {
                int n = (int) Math.min(chunk.length, remaining);
                sink.write(chunk, 0, n);
                sink.flush();
                written.addAndGet(n);
                remaining -= n;
            }
        }
    }
}
