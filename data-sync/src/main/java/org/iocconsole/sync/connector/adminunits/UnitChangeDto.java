package org.iocconsole.sync.connector.adminunits;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An item of the {@code admin-unit-changes} feed as it is on the wire. */
record UnitChangeDto(
        @JsonProperty("id") String id,
        @JsonProperty("level") String level,
        @JsonProperty("old_code") String oldCode,
        @JsonProperty("old_name") String oldName,
        @JsonProperty("new_code") String newCode,
        @JsonProperty("new_name") String newName,
        @JsonProperty("relation") String relation,
        @JsonProperty("effective_date") String effectiveDate,
        @JsonProperty("legal_basis") String legalBasis,
        @JsonProperty("updated_at") String updatedAt,
        @JsonProperty("deleted") Boolean deleted) {}
