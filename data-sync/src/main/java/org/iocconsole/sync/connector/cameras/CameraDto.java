package org.iocconsole.sync.connector.cameras;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An item of the {@code cameras} feed as it is on the wire; coordinates stay untyped to be read leniently. */
record CameraDto(
        @JsonProperty("id") String id,
        @JsonProperty("name") String name,
        @JsonProperty("lat") Object lat,
        @JsonProperty("lon") Object lon,
        @JsonProperty("group") String group,
        @JsonProperty("unit_code") String unitCode,
        @JsonProperty("stream_kind") String streamKind,
        @JsonProperty("stream_url") String streamUrl,
        @JsonProperty("snapshot_url") String snapshotUrl,
        @JsonProperty("status") String status,
        @JsonProperty("updated_at") String updatedAt,
        @JsonProperty("deleted") Boolean deleted) {}
