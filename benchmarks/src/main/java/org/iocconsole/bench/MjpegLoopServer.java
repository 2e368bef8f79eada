package org.iocconsole.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * MJPEG streams on loopback for the camera benchmark: every connection gets the pre-encoded frames in turn at a fixed
 * rate, each part stamped with {@code X-Sent-Nanos} (its {@link System#nanoTime()} when written), so the benchmark
 * measures the time from the server to the screen. Sending costs little CPU; its threads' CPU time is counted apart.
 */
final class MjpegLoopServer implements AutoCloseable {
    private static final String BOUNDARY = "benchframe";

    private final HttpServer server;
    private final ExecutorService threads;
    private final List<byte[]> frames;
    private final int fps;
    private final Set<Long> streamThreads = ConcurrentHashMap.newKeySet();
    private final ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    private final AtomicInteger sent = new AtomicInteger();
    private volatile boolean closed;

    MjpegLoopServer(List<byte[]> frames, int fps) throws IOException {
        this.frames = frames;
        this.fps = fps;
        AtomicInteger count = new AtomicInteger();
        threads = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "bench-mjpeg-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/", this::stream);
        server.setExecutor(threads);
        server.start();
    }

    String url(int camera) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/cam/" + camera + ".mjpg";
    }

    /** Frames written so far. */
    int sent() {
        return sent.get();
    }

    /** CPU time of the threads that served streams, in nanoseconds, as of now. */
    long cpuNanos() {
        long total = 0;
        for (long id : streamThreads) {
            long cpu = mx.getThreadCpuTime(id);
            if (cpu > 0) {
                total += cpu;
            }
        }
        return total;
    }

    private void stream(HttpExchange exchange) throws IOException {
        streamThreads.add(Thread.currentThread().getId());
        exchange.getResponseHeaders().set("Content-Type", "multipart/x-mixed-replace; boundary=" + BOUNDARY);
        exchange.sendResponseHeaders(200, 0);
        long period = TimeUnit.SECONDS.toNanos(1) / fps;
        int offset = Math.floorMod(exchange.getRequestURI().getPath().hashCode(), frames.size());
        try (OutputStream out = exchange.getResponseBody()) {
            long next = System.nanoTime();
            for (int i = 0; !closed; i++) {
                byte[] jpeg = frames.get((i + offset) % frames.size());
                String head = "--" + BOUNDARY + "\r\nContent-Type: image/jpeg\r\nContent-Length: " + jpeg.length
                        + "\r\nX-Sent-Nanos: " + System.nanoTime() + "\r\n\r\n";
                out.write(head.getBytes(StandardCharsets.US_ASCII));
                out.write(jpeg);
                out.write('\r');
                out.write('\n');
                out.flush();
                sent.incrementAndGet();
                next += period;
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The client left.
        }
    }

    @Override
    public void close() {
        closed = true;
        server.stop(0);
        threads.shutdownNow();
    }
}
