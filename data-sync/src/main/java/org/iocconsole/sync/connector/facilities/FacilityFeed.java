package org.iocconsole.sync.connector.facilities;

import org.iocconsole.sync.connector.feed.FeedSpec;
import org.iocconsole.sync.model.Contract;
import org.iocconsole.sync.model.Facility;

/** The {@code facilities} contract (docs/api/facilities.md). Tombstone keys are facility ids. */
public final class FacilityFeed {

    /** {@code GET facilities}: hospitals, schools, police and fire stations, shelters. */
    public static final FeedSpec<Facility> SPEC =
            FeedSpec.of(Contract.FACILITIES, "facilities", Facility.class, new FacilityMapping());

    private FacilityFeed() {}
}
