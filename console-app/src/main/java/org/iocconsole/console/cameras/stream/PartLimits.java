package org.iocconsole.console.cameras.stream;

/**
 * How large the pieces of a multipart stream may be before the stream is refused: one JPEG part, one header line,
 * the number of headers of a part and the bytes skipped before the first boundary. Immutable.
 */
public record PartLimits(int maxPartBytes, int maxHeaderLine, int maxHeaders, int maxPreamble) {

    /** 8 MiB per frame (a 4K JPEG is a few MiB), 1 KiB per header line, 32 headers, 4 KiB of preamble. */
    public static PartLimits defaults() {
        return new PartLimits(8 << 20, 1024, 32, 4096);
    }

    public PartLimits {
        if (maxPartBytes < 1 || maxHeaderLine < 16 || maxHeaders < 1 || maxPreamble < 0) {
            throw new IllegalArgumentException("limits out of range");
        }
    }
}
