package org.iocconsole.sync.connector.notices;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** An item of the {@code notices} feed as it is on the wire. */
record NoticeDto(
        @JsonProperty("id") String id,
        @JsonProperty("kind") String kind,
        @JsonProperty("level") String level,
        @JsonProperty("area_kind") String areaKind,
        @JsonProperty("title") TextsDto title,
        @JsonProperty("text") TextsDto text,
        @JsonProperty("from") String from,
        @JsonProperty("unit_code") String unitCode,
        @JsonProperty("polygon") List<List<Double>> polygon,
        @JsonProperty("issued_at") String issuedAt,
        @JsonProperty("cleared_at") String clearedAt,
        @JsonProperty("updated_at") String updatedAt,
        @JsonProperty("deleted") Boolean deleted) {

    /** {@code {"vi": ..., "en": ...}}. */
    record TextsDto(
            @JsonProperty("vi") String vi,
            @JsonProperty("en") String en) {}
}
