package org.iocconsole.sync.connector.facilities;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An item of the {@code facilities} feed as it is on the wire; coordinates stay untyped to be read leniently. */
record FacilityDto(
        @JsonProperty("id") String id,
        @JsonProperty("kind") String kind,
        @JsonProperty("name") String name,
        @JsonProperty("lat") Object lat,
        @JsonProperty("lon") Object lon,
        @JsonProperty("unit_code") String unitCode,
        @JsonProperty("address") String address,
        @JsonProperty("capacity") Integer capacity,
        @JsonProperty("phone") String phone,
        @JsonProperty("updated_at") String updatedAt,
        @JsonProperty("deleted") Boolean deleted) {}
