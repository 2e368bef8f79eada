package org.iocconsole.console.cameras.stream;

import java.util.Locale;

/**
 * The boundary of a {@code multipart/x-mixed-replace} answer, read from its Content-Type. RFC 2046 allows 1 to 70
 * characters of a small set; anything else is refused rather than searched for in megabytes of data. Some cameras
 * put the leading {@code --} into the parameter itself; both forms are accepted.
 */
public final class Boundary {
    static final int MAX_LENGTH = 70;
    private static final String ALLOWED = "'()+_,-./:=? ";

    private Boundary() {}

    /**
     * The boundary named by a Content-Type header.
     *
     * @throws StreamFormatException when the type is not multipart or the boundary is missing or absurd
     */
    public static String fromContentType(String contentType) throws StreamFormatException {
        if (contentType == null) {
            throw new StreamFormatException("the answer has no Content-Type");
        }
        String lower = contentType.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("multipart/")) {
            throw new StreamFormatException("not a multipart stream: " + shorten(contentType));
        }
        for (String parameter : contentType.split(";")) {
            String trimmed = parameter.trim();
            int equals = trimmed.indexOf('=');
            if (equals > 0 && trimmed.substring(0, equals).trim().equalsIgnoreCase("boundary")) {
                String value = trimmed.substring(equals + 1).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return check(value);
            }
        }
        throw new StreamFormatException("the multipart stream names no boundary: " + shorten(contentType));
    }

    /** The boundary itself when valid. */
    static String check(String boundary) throws StreamFormatException {
        if (boundary.isEmpty() || boundary.length() > MAX_LENGTH + 2) {
            throw new StreamFormatException("absurd boundary of " + boundary.length() + " characters");
        }
        for (int i = 0; i < boundary.length(); i++) {
            char c = boundary.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || ALLOWED.indexOf(c) >= 0;
            if (!ok) {
                throw new StreamFormatException("boundary with a forbidden character: " + shorten(boundary));
            }
        }
        if (boundary.endsWith(" ")) {
            throw new StreamFormatException("boundary ends with a space");
        }
        return boundary;
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
