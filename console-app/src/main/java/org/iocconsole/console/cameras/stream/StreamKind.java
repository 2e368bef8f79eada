package org.iocconsole.console.cameras.stream;

/** How a player gets frames: one long MJPEG answer, or repeated snapshot requests. */
public enum StreamKind {
    MJPEG,
    SNAPSHOT
}
