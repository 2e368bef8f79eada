package org.iocconsole.sync.connector.open311;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An entry of {@code services.json} as it is on the wire. */
record ServiceDto(
        @JsonProperty("service_code") String serviceCode,
        @JsonProperty("service_name") String serviceName,
        @JsonProperty("description") String description,
        @JsonProperty("metadata") Boolean metadata,
        @JsonProperty("type") String type,
        @JsonProperty("keywords") String keywords,
        @JsonProperty("group") String group) {}
