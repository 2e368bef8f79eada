package org.iocconsole.sync.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Writes answers, applying a queued truncation fault and {@code If-None-Match}. */
final class Responses {
    static final String JSON = "application/json; charset=utf-8";

    /**
     * The body bytes a truncation fault lets through, for the request this thread is answering. Not an exchange
     * attribute: the JDK server keeps those in a map shared by every exchange of the context.
     */
    static final ThreadLocal<Integer> TRUNCATE = new ThreadLocal<>();

    private Responses() {}

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        Integer truncate = TRUNCATE.get();
        if (body.length == 0 || status == 304 || status == 204) {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (head) {
            exchange.close();
            return;
        }
        OutputStream out = exchange.getResponseBody();
        if (truncate != null && truncate < body.length) {
            out.write(body, 0, truncate);
            out.flush();
            throw new ConnectionCut(truncate);
        }
        out.write(body);
        out.close();
    }

    /** Sends JSON with a strong ETag, or 304 when the client already has it. */
    static void sendJsonWithEtag(HttpExchange exchange, byte[] body) throws IOException {
        String etag = etag(body);
        exchange.getResponseHeaders().set("ETag", etag);
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
            send(exchange, 304, null, new byte[0]);
        } else {
            send(exchange, 200, JSON, body);
        }
    }

    private static boolean matches(String header, String etag) {
        for (String candidate : header.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag) || tag.equals("*")) {
                return true;
            }
        }
        return false;
    }

    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** {@code {"error": code, "message": text}}, the feeds' error form. */
    static byte[] apiError(ObjectMapper mapper, String code, String message) {
        ObjectNode node = mapper.createObjectNode().put("error", code).put("message", message);
        return Json.bytes(mapper, node);
    }

    /** {@code [{"code": 404, "description": text}]}, Open311's error form. */
    static byte[] open311Error(ObjectMapper mapper, int status, String description) {
        ArrayNode array = mapper.createArrayNode();
        array.addObject().put("code", status).put("description", description);
        return Json.bytes(mapper, array);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
