package org.iocconsole.console.cameras.stream;

import java.util.Locale;
import java.util.Map;

/**
 * The headers of one part of a multipart stream, names in lower case, and its declared length (-1 when the part
 * ends only at the next boundary). Immutable.
 */
public record PartHeader(Map<String, String> headers, int contentLength) {

    public PartHeader {
        headers = Map.copyOf(headers);
    }

    /** A header's value, or null. */
    public String get(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}
