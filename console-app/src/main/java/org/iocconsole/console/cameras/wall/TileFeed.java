package org.iocconsole.console.cameras.wall;

import java.io.ByteArrayInputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import org.iocconsole.console.cameras.stream.FrameSink;
import org.iocconsole.console.cameras.stream.PartHeader;
import org.iocconsole.console.cameras.stream.StreamState;

/**
 * The path of one player's frames to its tile: takes whole JPEGs on the reading thread, keeps only the newest,
 * decodes it on the decoding executor (at most one decode per tile at a time, so no backlog can form) into an array
 * of premultiplied ARGB pixels, and hands the newest to the FX thread, at most one hand-over pending. The tile copies
 * the pixels into its one image and gives the array back, so a playing tile allocates no image and no texture per
 * frame. One feed per player: after {@link #deactivate()} nothing more reaches the tile. Thread-safe.
 */
final class TileFeed implements FrameSink {
    /** A frame on its way: the JPEG, or the decoded pixels. */
    record Frame(byte[] jpeg, int[] pixels, int width, int height, PartHeader header, long receivedNanos) {}

    private final String cameraId;
    private final TileServices services;
    private final Consumer<Frame> show;
    private final BiConsumer<StreamState, String> stateShown;
    private final AtomicReference<Frame> undecoded = new AtomicReference<>();
    private final AtomicReference<Frame> decoded = new AtomicReference<>();
    /** A pixel array the tile is done with, reused by the next decode. */
    private final AtomicReference<int[]> spare = new AtomicReference<>();

    private final AtomicBoolean decoding = new AtomicBoolean();
    private final AtomicBoolean handing = new AtomicBoolean();
    /** When the next frame is due under the budget; only the reading thread moves it. */
    private final AtomicLong nextDue = new AtomicLong(System.nanoTime());

    private final AtomicLong undecodable = new AtomicLong();
    private final AtomicLong replaced = new AtomicLong();
    private volatile boolean active = true;

    /**
     * @param show puts a decoded frame on the tile; FX thread
     * @param stateShown shows a state on the tile; FX thread
     */
    TileFeed(String cameraId, TileServices services, Consumer<Frame> show, BiConsumer<StreamState, String> stateShown) {
        this.cameraId = cameraId;
        this.services = services;
        this.show = show;
        this.stateShown = stateShown;
    }

    /** No more frames or states reach the tile. */
    void deactivate() {
        active = false;
    }

    /** Frames that arrived whole but could not be decoded. */
    long undecodable() {
        return undecodable.get();
    }

    /** Frames replaced by a newer one before they were decoded or shown. */
    long replaced() {
        return replaced.get();
    }

    @Override
    public boolean wantsFrame(long nowNanos) {
        if (!active) {
            return false;
        }
        long due = nextDue.get();
        long next = services.budget().admit(due, nowNanos);
        return next >= 0 && nextDue.compareAndSet(due, next);
    }

    @Override
    public void frame(byte[] jpeg, PartHeader header, long receivedNanos) {
        if (undecoded.getAndSet(new Frame(jpeg, null, 0, 0, header, receivedNanos)) != null) {
            replaced.incrementAndGet();
        }
        if (decoding.compareAndSet(false, true)) {
            services.decoder().execute(this::decode);
        }
    }

    @Override
    public void corrupt() {
        // Counted by the player; the tile keeps its last good frame.
    }

    @Override
    public void state(StreamState state, String detail) {
        if (!active) {
            return;
        }
        services.states().changed(cameraId, state, services.clock().instant());
        services.fx().execute(() -> {
            if (active) {
                stateShown.accept(state, detail);
            }
        });
    }

    private void decode() {
        while (true) {
            Frame next = undecoded.getAndSet(null);
            if (next == null) {
                decoding.set(false);
                // A frame may have come between the read and the flag; take it rather than leave it waiting.
                if (undecoded.get() == null || !decoding.compareAndSet(false, true)) {
                    return;
                }
                continue;
            }
            if (!active) {
                continue;
            }
            Image image = new Image(new ByteArrayInputStream(next.jpeg()));
            int width = (int) image.getWidth();
            int height = (int) image.getHeight();
            if (image.isError() || width < 1 || height < 1) {
                undecodable.incrementAndGet();
                continue;
            }
            int[] pixels = spare.getAndSet(null);
            if (pixels == null || pixels.length != width * height) {
                pixels = new int[width * height];
            }
            image.getPixelReader()
                    .getPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), pixels, 0, width);
            Frame older =
                    decoded.getAndSet(new Frame(null, pixels, width, height, next.header(), next.receivedNanos()));
            if (older != null) {
                replaced.incrementAndGet();
                spare.set(older.pixels());
            }
            if (handing.compareAndSet(false, true)) {
                services.fx().execute(this::handOver);
            }
        }
    }

    private void handOver() {
        handing.set(false);
        Frame frame = decoded.getAndSet(null);
        if (frame != null && active) {
            show.accept(frame);
            spare.set(frame.pixels());
        }
    }
}
