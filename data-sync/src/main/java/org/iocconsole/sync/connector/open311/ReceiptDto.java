package org.iocconsole.sync.connector.open311;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The answer to {@code POST requests.json} and to {@code GET tokens/{token}.json}, as it is on the wire. */
record ReceiptDto(
        @JsonProperty("service_request_id") String serviceRequestId,
        @JsonProperty("token") String token,
        @JsonProperty("service_notice") String serviceNotice,
        @JsonProperty("account_id") String accountId) {}
