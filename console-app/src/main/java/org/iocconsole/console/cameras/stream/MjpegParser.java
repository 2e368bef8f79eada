package org.iocconsole.console.cameras.stream;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the parts of a {@code multipart/x-mixed-replace} stream (MJPEG over HTTP) one at a time: {@link #next()} reads
 * a part's headers, then the caller either takes its body ({@link #body}) or skips it ({@link #skip}) without
 * copying. Parts with {@code Content-Length} are read by length; parts without it end at the next boundary. Every
 * size is bounded by {@link PartLimits}: a stream that goes beyond them fails with {@link StreamFormatException}
 * instead of filling the memory. Not thread-safe: one parser per connection, used by its reading thread.
 */
public final class MjpegParser {
    private static final int BUFFER = 64 * 1024;
    private static final int MAX_BLANK_LINES = 8;

    private final InputStream in;
    private final PartLimits limits;
    private final byte[] dashBoundary;
    private final String delimiterLine;
    private final String closeLine;
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private int limit;
    private boolean started;
    private boolean ended;
    /** Set after a part read up to the next boundary: its delimiter line is consumed already. */
    private boolean atHeaders;

    public MjpegParser(InputStream in, String boundary, PartLimits limits) throws StreamFormatException {
        this.in = in;
        this.limits = limits;
        String checked = Boundary.check(boundary);
        // A camera that writes "--" into the parameter itself uses it as the delimiter line as it is.
        this.delimiterLine = checked.startsWith("--") ? checked : "--" + checked;
        this.closeLine = delimiterLine + "--";
        this.dashBoundary = ("\r\n" + delimiterLine).getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * Reads up to and including the blank line that ends the next part's headers.
     *
     * @return the part's headers, or null when the stream ended cleanly (closing delimiter or end of data between
     *     parts)
     * @throws StreamFormatException on absurd sizes or a missing boundary
     * @throws EOFException when the connection ends within a part
     */
    public PartHeader next() throws IOException {
        if (ended) {
            return null;
        }
        if (!atHeaders && !seekDelimiter()) {
            ended = true;
            return null;
        }
        atHeaders = false;
        if (!fill()) {
            // Some muxers (ffmpeg's among them) end with a delimiter and nothing after it.
            ended = true;
            return null;
        }
        Map<String, String> headers = new HashMap<>();
        for (String line = readLine(true); !line.isEmpty(); line = readLine(true)) {
            if (headers.size() >= limits.maxHeaders()) {
                throw new StreamFormatException("a part with more than " + limits.maxHeaders() + " headers");
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(
                        line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).trim());
            }
        }
        return new PartHeader(headers, contentLength(headers.get("content-length")));
    }

    /** The body of the part whose headers {@link #next()} just returned. */
    public byte[] body(PartHeader header) throws IOException {
        if (header.contentLength() >= 0) {
            byte[] body = new byte[header.contentLength()];
            readFully(body);
            return body;
        }
        return readUntilBoundary(true);
    }

    /** Passes over the body of the part whose headers {@link #next()} just returned, without keeping it. */
    public void skip(PartHeader header) throws IOException {
        if (header.contentLength() >= 0) {
            skipFully(header.contentLength());
        } else {
            readUntilBoundary(false);
        }
    }

    private int contentLength(String value) throws StreamFormatException {
        if (value == null) {
            return -1;
        }
        long length;
        try {
            length = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new StreamFormatException("a part with an unreadable Content-Length: " + shorten(value));
        }
        if (length < 0 || length > limits.maxPartBytes()) {
            throw new StreamFormatException(
                    "a part of " + length + " bytes, beyond the limit of " + limits.maxPartBytes());
        }
        return (int) length;
    }

    /** Reads lines until the delimiter line; false at the end of data or at the closing delimiter. */
    private boolean seekDelimiter() throws IOException {
        int preamble = 0;
        int blankLines = 0;
        while (fill()) {
            String line = readLine(false).stripTrailing();
            if (line.equals(delimiterLine)) {
                started = true;
                return true;
            }
            if (line.equals(closeLine)) {
                return false;
            }
            if (line.isEmpty()) {
                if (++blankLines > MAX_BLANK_LINES) {
                    throw new StreamFormatException("blank lines instead of the boundary");
                }
            } else if (started) {
                throw new StreamFormatException(
                        "expected the boundary " + shorten(delimiterLine) + ", found " + shorten(line));
            } else {
                preamble += line.length() + 2;
                if (preamble > limits.maxPreamble()) {
                    throw new StreamFormatException("no boundary " + shorten(delimiterLine) + " in the first "
                            + limits.maxPreamble() + " bytes");
                }
            }
        }
        return false;
    }

    /** A part without a length ends at CRLF + delimiter; the delimiter line is consumed with it. */
    private byte[] readUntilBoundary(boolean keep) throws IOException {
        byte[] body = new byte[keep ? 16 * 1024 : 0];
        int size = 0;
        int matched = 0;
        long total = 0;
        while (true) {
            if (!fill()) {
                throw new EOFException("the connection ended within a part");
            }
            byte b = buffer[position++];
            total++;
            if (total > limits.maxPartBytes() + dashBoundary.length) {
                throw new StreamFormatException(
                        "a part without length beyond the limit of " + limits.maxPartBytes() + " bytes");
            }
            if (keep) {
                if (size == body.length) {
                    body = Arrays.copyOf(body, Math.min(body.length * 2, limits.maxPartBytes() + dashBoundary.length));
                }
                body[size++] = b;
            }
            matched = advance(matched, b);
            if (matched == dashBoundary.length) {
                String rest = readLine(true).stripTrailing();
                atHeaders = rest.isEmpty();
                ended = rest.equals("--");
                if (!atHeaders && !ended) {
                    throw new StreamFormatException("text after the boundary: " + shorten(rest));
                }
                return keep ? Arrays.copyOf(body, size - dashBoundary.length) : null;
            }
        }
    }

    /** How much of the delimiter is matched after {@code b}; the delimiter starts with CR, which occurs once. */
    private int advance(int matched, byte b) {
        if (b == dashBoundary[matched]) {
            return matched + 1;
        }
        return b == dashBoundary[0] ? 1 : 0;
    }

    private String readLine(boolean required) throws IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            if (!fill()) {
                if (required || line.length() > 0) {
                    throw new EOFException("the connection ended within a part's headers");
                }
                return "";
            }
            byte b = buffer[position++];
            if (b == '\n') {
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') {
                    line.setLength(end - 1);
                }
                return line.toString();
            }
            if (line.length() >= limits.maxHeaderLine()) {
                throw new StreamFormatException("a header line longer than " + limits.maxHeaderLine() + " bytes");
            }
            line.append((char) (b & 0xff));
        }
    }

    private void readFully(byte[] target) throws IOException {
        int done = 0;
        while (done < target.length) {
            if (!fill()) {
                throw new EOFException(
                        "the connection ended within a frame (" + done + " of " + target.length + " bytes)");
            }
            int n = Math.min(limit - position, target.length - done);
            System.arraycopy(buffer, position, target, done, n);
            position += n;
            done += n;
        }
    }

    private void skipFully(int count) throws IOException {
        int left = count;
        while (left > 0) {
            if (!fill()) {
                throw new EOFException("the connection ended within a skipped frame");
            }
            int n = Math.min(limit - position, left);
            position += n;
            left -= n;
        }
    }

    /** Makes at least one byte available; false at the end of the data. */
    private boolean fill() throws IOException {
        if (position < limit) {
            return true;
        }
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
