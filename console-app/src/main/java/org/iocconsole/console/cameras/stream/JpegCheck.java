package org.iocconsole.console.cameras.stream;

/**
 * A cheap check that a part holds a whole JPEG: it starts with the SOI marker and ends with EOI (encoders may pad a
 * few bytes after it). Catches truncated and garbled parts before a decoder draws half a picture. Stateless.
 */
public final class JpegCheck {
    private static final int PADDING = 16;

    private JpegCheck() {}

    public static boolean looksComplete(byte[] data) {
        int length = data.length;
        if (length < 4 || (data[0] & 0xff) != 0xff || (data[1] & 0xff) != 0xd8) {
            return false;
        }
        for (int i = length - 1; i >= Math.max(3, length - PADDING); i--) {
            if ((data[i] & 0xff) == 0xd9 && (data[i - 1] & 0xff) == 0xff) {
                return true;
            }
        }
        return false;
    }
}
