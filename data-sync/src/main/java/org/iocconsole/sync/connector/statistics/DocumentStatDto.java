package org.iocconsole.sync.connector.statistics;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An item of the {@code document-stats} feed as it is on the wire. */
record DocumentStatDto(
        @JsonProperty("unit_code") String unitCode,
        @JsonProperty("agency") String agency,
        @JsonProperty("period") String period,
        @JsonProperty("incoming") Integer incoming,
        @JsonProperty("outgoing") Integer outgoing,
        @JsonProperty("processed_on_time") Integer processedOnTime,
        @JsonProperty("overdue") Integer overdue,
        @JsonProperty("updated_at") String updatedAt,
        @JsonProperty("deleted") Boolean deleted) {}
