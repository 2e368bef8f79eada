package org.iocconsole.sync.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** JSON and time formatting shared by the demo's endpoints. */
final class Json {
    /** Vietnam's offset; Open311 timestamps are written with it. */
    static final ZoneOffset VN = ZoneOffset.ofHours(7);

    private static final DateTimeFormatter OFFSET_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private Json() {}

    static ObjectMapper newMapper() {
        return new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);
    }

    static byte[] bytes(ObjectMapper mapper, JsonNode node) {
        try {
            return mapper.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code 2026-11-21T08:12:30+07:00}. */
    static String vietnamTime(Instant instant) {
        return instant == null ? null : OFFSET_SECONDS.format(OffsetDateTime.ofInstant(instant, VN));
    }

    /** {@code 2026-11-21T01:12:30Z}. */
    static String utc(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
