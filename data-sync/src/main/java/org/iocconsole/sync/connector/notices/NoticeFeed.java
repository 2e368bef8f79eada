package org.iocconsole.sync.connector.notices;

import org.iocconsole.sync.connector.feed.FeedSpec;
import org.iocconsole.sync.model.Contract;
import org.iocconsole.sync.model.Notice;

/** The {@code notices} contract (docs/api/notices.md). Tombstone keys are notice ids. */
public final class NoticeFeed {

    /** {@code GET notices}: alerts, affected areas and messages to the operators. */
    public static final FeedSpec<Notice> SPEC =
            FeedSpec.of(Contract.NOTICES, "notices", Notice.class, new NoticeMapping());

    private NoticeFeed() {}
}
