package org.iocconsole.sync.connector.indicators;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An item of the {@code observations} feed as it is on the wire. */
record ObservationDto(
        @JsonProperty("indicator") String indicator,
        @JsonProperty("unit_code") String unitCode,
        @JsonProperty("period") String period,
        @JsonProperty("value") Double value,
        @JsonProperty("updated_at") String updatedAt,
        @JsonProperty("deleted") Boolean deleted) {}
