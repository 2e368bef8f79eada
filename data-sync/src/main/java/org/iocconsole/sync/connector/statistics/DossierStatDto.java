package org.iocconsole.sync.connector.statistics;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An item of the {@code dossier-stats} feed as it is on the wire. */
record DossierStatDto(
        @JsonProperty("unit_code") String unitCode,
        @JsonProperty("agency") String agency,
        @JsonProperty("period") String period,
        @JsonProperty("received") Integer received,
        @JsonProperty("resolved") Integer resolved,
        @JsonProperty("resolved_on_time") Integer resolvedOnTime,
        @JsonProperty("overdue") Integer overdue,
        @JsonProperty("online") Integer online,
        @JsonProperty("updated_at") String updatedAt,
        @JsonProperty("deleted") Boolean deleted) {}
