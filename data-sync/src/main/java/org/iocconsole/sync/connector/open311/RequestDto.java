package org.iocconsole.sync.connector.open311;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A service request of {@code requests.json} as it is on the wire: every GeoReport v2 field and the
 * {@code extended_attributes} extension. Timestamps stay text so that a missing offset can be reported precisely;
 * coordinates stay untyped to be read leniently.
 */
record RequestDto(
        @JsonProperty("service_request_id") String serviceRequestId,
        @JsonProperty("status") String status,
        @JsonProperty("status_notes") String statusNotes,
        @JsonProperty("service_name") String serviceName,
        @JsonProperty("service_code") String serviceCode,
        @JsonProperty("description") String description,
        @JsonProperty("agency_responsible") String agencyResponsible,
        @JsonProperty("service_notice") String serviceNotice,
        @JsonProperty("requested_datetime") String requestedDatetime,
        @JsonProperty("updated_datetime") String updatedDatetime,
        @JsonProperty("expected_datetime") String expectedDatetime,
        @JsonProperty("address") String address,
        @JsonProperty("address_id") String addressId,
        @JsonProperty("zipcode") String zipcode,
        @JsonProperty("lat") Object lat,
        @JsonProperty("long") Object lon,
        @JsonProperty("media_url") String mediaUrl,
        @JsonProperty("extended_attributes") Extended extendedAttributes) {

    /** The {@code extended_attributes} object. */
    record Extended(
            @JsonProperty("priority") String priority,
            @JsonProperty("workflow_status") String workflowStatus,
            @JsonProperty("commune_code") String communeCode,
            @JsonProperty("channel") String channel,
            @JsonProperty("duplicate_of") String duplicateOf,
            @JsonProperty("history") List<Step> history) {}

    /** One entry of {@code extended_attributes.history}. */
    record Step(
            @JsonProperty("at") String at,
            @JsonProperty("status") String status,
            @JsonProperty("note") String note,
            @JsonProperty("actor") String actor) {}
}
