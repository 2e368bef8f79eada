package org.iocconsole.console.cameras.stream;

/**
 * Where a {@link StreamPlayer} delivers: frames, dropped parts and state changes. Called on the player's reading
 * thread (states also on its scheduler thread); implementations must be thread-safe and must not block.
 */
public interface FrameSink {

    /**
     * Whether the next frame is wanted whole (the tile is visible and the frame is due under the frame budget).
     * Unwanted frames are skipped without copying or decoding.
     */
    boolean wantsFrame(long nowNanos);

    /** A whole JPEG; {@code receivedNanos} is {@link System#nanoTime()} when its last byte was read. */
    void frame(byte[] jpeg, PartHeader header, long receivedNanos);

    /** A part that was not a whole JPEG was dropped. */
    void corrupt();

    /** The stream's state changed; {@code detail} says why (an error message), or is null. */
    void state(StreamState state, String detail);
}
