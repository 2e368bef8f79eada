package org.iocconsole.sync.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    String write(List<ReportHistoryEntry> history) {
        try {
            return mapper.writeValueAsString(history);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("history cannot be written as JSON", e);
        }
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
