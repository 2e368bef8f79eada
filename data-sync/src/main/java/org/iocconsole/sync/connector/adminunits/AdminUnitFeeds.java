package org.iocconsole.sync.connector.adminunits;

import org.iocconsole.sync.connector.feed.FeedSpec;
import org.iocconsole.sync.model.AdminUnit;
import org.iocconsole.sync.model.Contract;
import org.iocconsole.sync.model.UnitChange;

/** The {@code admin-units} and {@code unit-changes} contracts (docs/api/admin-units.md). Tombstone keys are ids. */
public final class AdminUnitFeeds {

    /** {@code GET admin-units}: units with their validity periods. */
    public static final FeedSpec<AdminUnit> ADMIN_UNITS =
            FeedSpec.of(Contract.ADMIN_UNITS, "admin-units", AdminUnit.class, new AdminUnitMapping());

    /** {@code GET admin-unit-changes}: the lineage of reforms, old unit to new unit. */
    public static final FeedSpec<UnitChange> UNIT_CHANGES =
            FeedSpec.of(Contract.UNIT_CHANGES, "admin-unit-changes", UnitChange.class, new UnitChangeMapping());

    private AdminUnitFeeds() {}
}
