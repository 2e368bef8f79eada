package org.iocconsole.console.cameras.wall;

import java.io.ByteArrayInputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.image.Image;
import org.iocconsole.console.cameras.stream.FrameSink;
import org.iocconsole.console.cameras.stream.PartHeader;
import org.iocconsole.console.cameras.stream.StreamState;

/**
 * The path of one player's frames to its tile: takes whole JPEGs on the reading thread, keeps only the newest,
 * decodes it on the decoding executor (at most one decode per tile at a time, so no backlog can form) and hands the
 * newest decoded image to the FX thread, at most one hand-over pending. One feed per player: frames of a camera the
 * tile no longer shows are dropped by the tile. Thread-safe.
 */
final class TileFeed implements FrameSink {
    /** A frame on its way: the JPEG, or the decoded image. */
    record Frame(byte[] jpeg, Image image, PartHeader header, long receivedNanos) {}

    private final String cameraId;
    private final TileServices services;
    private final Consumer<Frame> show;
    private final BiConsumer<StreamState, String> stateShown;
    private final AtomicReference<Frame> undecoded = new AtomicReference<>();
    private final AtomicReference<Frame> decoded = new AtomicReference<>();
    private final AtomicBoolean decoding = new AtomicBoolean();
    private final AtomicBoolean handing = new AtomicBoolean();
    private final AtomicLong lastWanted = new AtomicLong(System.nanoTime() - 60_000_000_000L);
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
        long last = lastWanted.get();
        if (active && services.budget().due(last, nowNanos) && lastWanted.compareAndSet(last, nowNanos)) {
            return true;
        }
        return false;
    }

    @Override
    public void frame(byte[] jpeg, PartHeader header, long receivedNanos) {
        if (undecoded.getAndSet(new Frame(jpeg, null, header, receivedNanos)) != null) {
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
            if (image.isError()) {
                undecodable.incrementAndGet();
                continue;
            }
            if (decoded.getAndSet(new Frame(null, image, next.header(), next.receivedNanos())) != null) {
                replaced.incrementAndGet();
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
        }
    }
}
