package org.iocconsole.sync.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.ResponseBody;

/**
 * Extracts the human part of an error answer ({@code {"error", "message"}} of our contracts, the Open311 array
 * {@code [{"code", "description"}]}, or plain text) and makes it safe to show: one line, no control characters,
 * short. Used by every connector for text that came from the network. Stateless.
 */
public final class ServerMessages {

    private static final int MAX_ERROR_BODY = 8 * 1024;
    private static final int MAX_SHOWN = 200;

    private ServerMessages() {}

    /** The server's explanation, sanitised, or null when it gave none that can be read. */
    static String read(ResponseBody body, ObjectMapper mapper) {
        if (body == null) {
            return null;
        }
        try (InputStream in = body.byteStream()) {
            byte[] bytes = in.readNBytes(MAX_ERROR_BODY);
            if (bytes.length == 0) {
                return null;
            }
            MediaType type = body.contentType();
            String subtype = type == null ? "" : type.subtype();
            if (subtype.contains("json") || bytes[0] == '{' || bytes[0] == '[') {
                return fromJson(bytes, mapper);
            }
            if (type != null && type.type().equals("text") && !subtype.equals("html")) {
                String text = sanitize(new String(bytes, StandardCharsets.UTF_8));
                return text.isEmpty() ? null : text;
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String fromJson(byte[] bytes, ObjectMapper mapper) {
        JsonNode root;
        try {
            root = mapper.readTree(bytes);
        } catch (IOException e) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (root != null && root.isObject()) {
            addText(parts, root.get("message"));
            if (parts.isEmpty()) {
                addText(parts, root.get("error"));
            }
        } else if (root != null && root.isArray()) {
            for (JsonNode error : root) {
                addText(parts, error.get("description"));
            }
        }
        String text = sanitize(String.join("; ", parts));
        return text.isEmpty() ? null : text;
    }

    private static void addText(List<String> parts, JsonNode node) {
        if (node != null
                && node.isValueNode()
                && !node.isNull()
                && !node.asText().isBlank()) {
            parts.add(node.asText());
        }
    }

    /** Text from the network in quotes, made safe by {@link #sanitize}. */
    public static String quote(String text) {
        return "\"" + sanitize(text) + "\"";
    }

    /**
     * One line of printable text, at most 200 characters; format and control characters are dropped, so text from
     * the network cannot break a log line or reorder what is shown. Empty for null.
     */
    public static String sanitize(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder(Math.min(text.length(), MAX_SHOWN + 1));
        boolean space = false;
        for (int i = 0; i < text.length() && clean.length() <= MAX_SHOWN; i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            if (Character.isWhitespace(c) || type == Character.CONTROL) {
                space = clean.length() > 0;
            } else if (type != Character.FORMAT) {
                if (space) {
                    clean.append(' ');
                    space = false;
                }
                clean.append(c);
            }
        }
        if (clean.length() > MAX_SHOWN) {
            clean.setLength(MAX_SHOWN);
            clean.append('…');
        }
        return clean.toString();
    }
}
