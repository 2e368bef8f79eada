package org.iocconsole.console.cameras.stream;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Call;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays one camera: connects, reads frames into its {@link FrameSink}, and when the connection fails, stalls or ends,
 * reconnects after an exponential backoff that starts over with the next whole frame. Reading runs on a thread of the
 * {@link StreamRuntime}'s bounded pool; a watchdog on its scheduler cancels a connection that brings no whole frame
 * within the stall timeout, so a camera that never answers or trickles bytes never holds its thread for long. {@link
 * #start()} and {@link #stop()} may be called from any thread. Thread-safe.
 */
public final class StreamPlayer {
    private static final Logger LOG = LoggerFactory.getLogger(StreamPlayer.class);

    private final StreamSpec spec;
    private final StreamRuntime runtime;
    private final FrameSink sink;
    private final AtomicLong frames = new AtomicLong();
    private final AtomicLong corruptParts = new AtomicLong();
    private final AtomicLong attempts = new AtomicLong();

    private boolean running;
    private int failures;
    private Call call;
    private Future<?> reading;
    private ScheduledFuture<?> retry;
    private ScheduledFuture<?> watchdog;
    private StreamState state = StreamState.IDLE;
    private volatile long lastProgressNanos;
    private volatile boolean stalled;

    public StreamPlayer(StreamSpec spec, StreamRuntime runtime, FrameSink sink) {
        this.spec = spec;
        this.runtime = runtime;
        this.sink = sink;
    }

    public StreamSpec spec() {
        return spec;
    }

    /** Starts playing; does nothing when already playing. */
    public void start() {
        synchronized (this) {
            if (running) {
                return;
            }
            running = true;
            failures = 0;
            runtime.started(this);
            long period = Math.max(50, runtime.settings().stallTimeout().toMillis() / 4);
            try {
                watchdog = runtime.scheduler()
                        .scheduleWithFixedDelay(this::checkStall, period, period, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                running = false;
                return;
            }
        }
        changeState(StreamState.CONNECTING, null);
        submitAttempt();
    }

    /** Stops playing: closes the connection at once and cancels any waiting reconnect. */
    public void stop() {
        synchronized (this) {
            if (!running) {
                return;
            }
            running = false;
            cancel(retry);
            cancel(watchdog);
            if (call != null) {
                call.cancel();
            }
            if (reading != null) {
                reading.cancel(true);
            }
            state = StreamState.IDLE;
        }
        runtime.stopped(this);
    }

    public synchronized boolean running() {
        return running;
    }

    public synchronized StreamState state() {
        return state;
    }

    /** Whole frames delivered since creation. */
    public long frames() {
        return frames.get();
    }

    /** Parts dropped because they were not whole JPEGs. */
    public long corruptParts() {
        return corruptParts.get();
    }

    /** Connection attempts made since creation. */
    public long attempts() {
        return attempts.get();
    }

    private void submitAttempt() {
        synchronized (this) {
            if (!running) {
                return;
            }
            try {
                reading = runtime.readers().submit(this::attempt);
                return;
            } catch (RejectedExecutionException e) {
                LOG.debug("no reading thread free for {}", spec.url());
            }
        }
        fail(StreamState.RECONNECTING, "too many streams at once");
    }

    private void attempt() {
        attempts.incrementAndGet();
        stalled = false;
        lastProgressNanos = System.nanoTime();
        try {
            if (spec.kind() == StreamKind.MJPEG) {
                readMjpeg();
            } else {
                pollSnapshots();
            }
            fail(StreamState.RECONNECTING, "the stream ended");
        } catch (HttpStatusException e) {
            fail(e.unauthorized() ? StreamState.UNAUTHORIZED : StreamState.RECONNECTING, e.getMessage());
        } catch (MissingCredentialsException e) {
            fail(StreamState.UNAUTHORIZED, e.getMessage());
        } catch (IOException e) {
            boolean timedOut = stalled || e instanceof InterruptedIOException;
            fail(timedOut ? StreamState.NO_SIGNAL : StreamState.RECONNECTING, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("camera stream {} failed", spec.url(), e);
            fail(StreamState.RECONNECTING, e.toString());
        }
    }

    private void readMjpeg() throws IOException {
        try (Response response = execute()) {
            ResponseBody body = response.body();
            String boundary = Boundary.fromContentType(response.header("Content-Type"));
            MjpegParser parser = new MjpegParser(
                    body.byteStream(), boundary, runtime.settings().limits());
            for (PartHeader header = parser.next(); header != null; header = parser.next()) {
                if (!sink.wantsFrame(System.nanoTime())) {
                    parser.skip(header);
                    lastProgressNanos = System.nanoTime();
                    continue;
                }
                deliver(parser.body(header), header);
            }
        }
    }

    private void pollSnapshots() throws IOException, InterruptedException {
        int max = runtime.settings().limits().maxPartBytes();
        while (running()) {
            if (sink.wantsFrame(System.nanoTime())) {
                try (Response response = execute()) {
                    long declared = response.body().contentLength();
                    if (declared > max) {
                        throw new StreamFormatException("a snapshot of " + declared + " bytes, beyond " + max);
                    }
                    try (InputStream in = response.body().byteStream()) {
                        byte[] jpeg = in.readNBytes(max + 1);
                        if (jpeg.length > max) {
                            throw new StreamFormatException("a snapshot beyond " + max + " bytes");
                        }
                        deliver(jpeg, new PartHeader(Map.of(), jpeg.length));
                    }
                }
            }
            lastProgressNanos = System.nanoTime();
            Thread.sleep(spec.pollInterval().toMillis());
            lastProgressNanos = System.nanoTime();
        }
    }

    private Response execute() throws IOException {
        Request.Builder request = new Request.Builder().url(spec.url());
        spec.headers().forEach(request::header);
        spec.auth().headers(spec.url()).forEach(request::header);
        Request built = request.build();
        // Header names only: their values may be tokens.
        LOG.debug(
                "camera {}: requesting (headers {})",
                spec.url(),
                built.headers().names());
        Call next = runtime.client().newCall(built);
        synchronized (this) {
            if (!running) {
                throw new InterruptedIOException("stopped");
            }
            call = next;
        }
        Response response = next.execute();
        if (!response.isSuccessful()) {
            response.close();
            throw new HttpStatusException(response.code(), spec.url());
        }
        return response;
    }

    private void deliver(byte[] jpeg, PartHeader header) {
        long received = System.nanoTime();
        if (!JpegCheck.looksComplete(jpeg)) {
            corruptParts.incrementAndGet();
            sink.corrupt();
            return;
        }
        lastProgressNanos = received;
        frames.incrementAndGet();
        synchronized (this) {
            failures = 0;
        }
        changeState(StreamState.LIVE, null);
        sink.frame(jpeg, header, received);
    }

    private void checkStall() {
        long silent = System.nanoTime() - lastProgressNanos;
        if (silent > runtime.settings().stallTimeout().toNanos()) {
            Call current;
            synchronized (this) {
                current = running && reading != null && !reading.isDone() ? call : null;
            }
            if (current != null && !current.isCanceled()) {
                stalled = true;
                current.cancel();
            }
        }
    }

    private void fail(StreamState next, String detail) {
        long delay;
        synchronized (this) {
            if (!running) {
                return;
            }
            failures++;
            delay = runtime.settings().backoff().apply(failures);
        }
        changeState(next, detail);
        LOG.debug("camera {}: {} ({}), next attempt in {} ms", spec.url(), next, detail, delay);
        synchronized (this) {
            if (!running) {
                return;
            }
            try {
                retry = runtime.scheduler().schedule(this::submitAttempt, delay, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                running = false;
            }
        }
    }

    private void changeState(StreamState next, String detail) {
        synchronized (this) {
            if (!running || state == next) {
                return;
            }
            state = next;
        }
        sink.state(next, detail);
    }

    /** How long the next wait would be after {@code failures} failures in a row; for tests and docs. */
    public Duration backoffAfter(int failuresInARow) {
        return Duration.ofMillis(runtime.settings().backoff().apply(failuresInARow));
    }

    private static void cancel(Future<?> future) {
        if (future != null) {
            future.cancel(false);
        }
    }
}
