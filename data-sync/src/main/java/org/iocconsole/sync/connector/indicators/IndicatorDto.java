package org.iocconsole.sync.connector.indicators;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An item of the {@code indicators} feed as it is on the wire. */
record IndicatorDto(
        @JsonProperty("code") String code,
        @JsonProperty("name_vi") String nameVi,
        @JsonProperty("name_en") String nameEn,
        @JsonProperty("category") String category,
        @JsonProperty("unit") String unit,
        @JsonProperty("direction") String direction,
        @JsonProperty("periodicity") String periodicity,
        @JsonProperty("target") Double target,
        @JsonProperty("warning") Double warning,
        @JsonProperty("critical") Double critical,
        @JsonProperty("updated_at") String updatedAt,
        @JsonProperty("aggregation") String aggregation,
        @JsonProperty("deleted") Boolean deleted) {}
