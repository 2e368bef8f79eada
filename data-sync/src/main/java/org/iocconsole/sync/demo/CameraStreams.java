package org.iocconsole.sync.demo;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MJPEG streams and snapshots of the demo cameras. A stream runs on its own thread of a bounded pool, draws frames
 * only while its client is connected, and ends as soon as a write fails, the camera goes out of service or the
 * demo closes.
 */
final class CameraStreams {
    private static final Logger LOG = LoggerFactory.getLogger(CameraStreams.class);
    static final String BOUNDARY = "iocconsole-frame";

    private final DemoWorld world;
    private final ExecutorService pool;
    private final AtomicInteger active = new AtomicInteger();

    CameraStreams(DemoWorld world, ExecutorService pool) {
        this.world = world;
        this.pool = pool;
    }

    int active() {
        return active.get();
    }

    void snapshot(HttpExchange exchange, DemoCamera camera, Query query) throws IOException {
        requireInService(camera);
        byte[] jpeg = new FrameRenderer(camera, width(query), height(query)).render(0, world.clock.instant());
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        Responses.send(exchange, 200, "image/jpeg", jpeg);
    }

    void stream(HttpExchange exchange, DemoCamera camera, Query query) {
        requireInService(camera);
        int fps = query.intValue("fps", 10, 1, 30);
        int width = width(query);
        int height = height(query);
        Integer truncate = Responses.TRUNCATE.get();
        try {
            pool.execute(() -> run(exchange, camera, fps, width, height, truncate));
        } catch (RejectedExecutionException e) {
            throw new HttpError(503, "too_many_streams", "the demo serves a limited number of streams at once");
        }
    }

    private void run(HttpExchange exchange, DemoCamera camera, int fps, int width, int height, Integer truncate) {
        active.incrementAndGet();
        long bytes = 0;
        try {
            exchange.getResponseHeaders().set("Content-Type", "multipart/x-mixed-replace; boundary=" + BOUNDARY);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            FrameRenderer renderer = new FrameRenderer(camera, width, height);
            long period = TimeUnit.SECONDS.toNanos(1) / fps;
            long next = System.nanoTime();
            for (long frame = 0; !Thread.currentThread().isInterrupted(); frame++) {
                if (frame % fps == 0 && !world.cameras().online(camera, world.clock.instant())) {
                    break;
                }
                byte[] jpeg = renderer.render(frame, world.clock.instant());
                byte[] head = ("--" + BOUNDARY + "\r\nContent-Type: image/jpeg\r\nContent-Length: " + jpeg.length
                                + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII);
                byte[] part = new byte[head.length + jpeg.length + 2];
                System.arraycopy(head, 0, part, 0, head.length);
                System.arraycopy(jpeg, 0, part, head.length, jpeg.length);
                part[part.length - 2] = '\r';
                part[part.length - 1] = '\n';
                if (truncate != null && bytes + part.length > truncate) {
                    out.write(part, 0, (int) (truncate - bytes));
                    out.flush();
                    break;
                }
                out.write(part);
                out.flush();
                bytes += part.length;
                next += period;
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                } else {
                    next = System.nanoTime();
                }
            }
        } catch (IOException e) {
            LOG.debug("stream of {} ended: {}", camera.id, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
            active.decrementAndGet();
        }
    }

    private void requireInService(DemoCamera camera) {
        if (!world.cameras().online(camera, world.clock.instant())) {
            throw new HttpError(503, "camera_" + camera.status, "camera " + camera.id + " is " + camera.status);
        }
    }

    private static int width(Query query) {
        return query.intValue("w", 640, 160, 1920);
    }

    private static int height(Query query) {
        return query.intValue("h", 360, 90, 1080);
    }
}
