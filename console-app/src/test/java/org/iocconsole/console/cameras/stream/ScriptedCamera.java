package org.iocconsole.console.cameras.stream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A camera on loopback that answers every connection with a script: real sockets, so a test can stall, cut a frame
 * in half or never answer, which a well-behaved HTTP server would not do.
 */
final class ScriptedCamera implements AutoCloseable {

    /** What the camera does with one connection, after the request was read. */
    @FunctionalInterface
    interface Script {
        void play(OutputStream out, int connection) throws IOException, InterruptedException;
    }

    private final ServerSocket server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "scripted-camera");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Long> requestNanos = new CopyOnWriteArrayList<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    ScriptedCamera(Script script) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(() -> {
            int count = 0;
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    sockets.add(socket);
                    int connection = count++;
                    threads.execute(() -> serve(socket, script, connection));
                } catch (IOException e) {
                    return;
                }
            }
        });
    }

    String url() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/stream.mjpg";
    }

    /** When each request arrived ({@link System#nanoTime()}). */
    List<Long> requestNanos() {
        return requestNanos;
    }

    /** The head of each request as text. */
    List<String> requests() {
        return requests;
    }

    private void serve(Socket socket, Script script, int connection) {
        try (socket) {
            InputStream in = socket.getInputStream();
            requests.add(readHead(in));
            requestNanos.add(System.nanoTime());
            script.play(socket.getOutputStream(), connection);
        } catch (IOException e) {
            // The client went away: the script ends.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("request cut");
            }
            head.write(b);
            matched = (b == '\r' || b == '\n') ? matched + 1 : 0;
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : sockets) {
            socket.close();
        }
        threads.shutdownNow();
        try {
            threads.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // Pieces of scripts.

    static final String BOUNDARY = "frame";

    static void okHeaders(OutputStream out) throws IOException {
        ascii(
                out,
                "HTTP/1.1 200 OK\r\nContent-Type: multipart/x-mixed-replace; boundary=" + BOUNDARY
                        + "\r\nConnection: close\r\n\r\n");
    }

    static void part(OutputStream out, byte[] jpeg) throws IOException {
        ascii(out, "--" + BOUNDARY + "\r\nContent-Type: image/jpeg\r\nContent-Length: " + jpeg.length + "\r\n\r\n");
        out.write(jpeg);
        ascii(out, "\r\n");
        out.flush();
    }

    static void ascii(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }
}
