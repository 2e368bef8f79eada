package org.iocconsole.console.cameras.wall;

import org.iocconsole.console.cameras.stream.PartHeader;

/** Told on the FX thread when a frame is put on a tile's image; for measurements. */
@FunctionalInterface
public interface FrameShownListener {
    /**
     * @param header the headers of the frame's part
     * @param receivedNanos {@link System#nanoTime()} when its last byte was read
     * @param shownNanos {@link System#nanoTime()} when it was set on the tile's image
     */
    void shown(PartHeader header, long receivedNanos, long shownNanos);
}
