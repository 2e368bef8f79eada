package org.iocconsole.sync.cache;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.iocconsole.sync.model.ReportHistoryEntry;

/** A report's workflow history as the JSON text the cache keeps in one column. Thread-safe. */
public final class HistoryCodec {
    private static final TypeReference<List<ReportHistoryEntry>> ENTRIES = new TypeReference<>() {};

    private final ObjectMapper mapper;

    /** @param mapper the application's mapper; it must know java.time (jackson-datatype-jsr310) */
    public HistoryCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Writes with the streaming generator: it runs for every report a sync writes, data binding costs twice as much. */
    public String write(List<ReportHistoryEntry> history) {
        StringWriter text = new StringWriter(64 + 160 * history.size());
        try (JsonGenerator json = mapper.getFactory().createGenerator(text)) {
            json.writeStartArray();
            for (ReportHistoryEntry entry : history) {
                json.writeStartObject();
                json.writeStringField("at", entry.at().toString());
                json.writeStringField("status", entry.status());
                json.writeStringField("note", entry.note());
                json.writeStringField("actor", entry.actor());
                json.writeEndObject();
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new IllegalStateException("history cannot be written as JSON", e);
        }
        return text.toString();
    }

    /** Reads the column back; an empty list for null. */
    public List<ReportHistoryEntry> read(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return mapper.readValue(json, ENTRIES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the cached history is not valid JSON", e);
        }
    }
}
