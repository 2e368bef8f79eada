package org.iocconsole.sync.connector.adminunits;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** An item of the {@code admin-units} feed as it is on the wire. */
record AdminUnitDto(
        @JsonProperty("id") String id,
        @JsonProperty("code") String code,
        @JsonProperty("level") String level,
        @JsonProperty("name") String name,
        @JsonProperty("full_name") String fullName,
        @JsonProperty("name_en") String nameEn,
        @JsonProperty("name_ascii") String nameAscii,
        @JsonProperty("type") String type,
        @JsonProperty("parent_code") String parentCode,
        @JsonProperty("valid_from") String validFrom,
        @JsonProperty("valid_to") String validTo,
        @JsonProperty("geometry") JsonNode geometry,
        @JsonProperty("updated_at") String updatedAt,
        @JsonProperty("deleted") Boolean deleted) {}
