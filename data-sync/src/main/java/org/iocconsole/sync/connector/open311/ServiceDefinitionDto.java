package org.iocconsole.sync.connector.open311;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** {@code services/{code}.json} as it is on the wire. */
record ServiceDefinitionDto(
        @JsonProperty("service_code") String serviceCode,
        @JsonProperty("attributes") List<AttributeDto> attributes) {

    /** One attribute a request of the service may or must carry. */
    record AttributeDto(
            @JsonProperty("variable") Boolean variable,
            @JsonProperty("code") String code,
            @JsonProperty("datatype") String datatype,
            @JsonProperty("required") Boolean required,
            @JsonProperty("datatype_description") String datatypeDescription,
            @JsonProperty("order") Integer order,
            @JsonProperty("description") String description,
            @JsonProperty("values") List<ValueDto> values) {}

    /** A choice of a list attribute. */
    record ValueDto(
            @JsonProperty("key") String key,
            @JsonProperty("name") String name) {}
}
