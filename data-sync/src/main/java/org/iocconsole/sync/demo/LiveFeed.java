package org.iocconsole.sync.demo;

import java.time.Instant;

/** A feed and the changes that virtual time brings to it. */
interface LiveFeed {

    FeedStore store();

    /** Applies the changes due by {@code now}; feeds without changes do nothing. */
    void catchUp(Instant now);

    /** A feed that never changes after loading. */
    static LiveFeed fixed(FeedStore store) {
        return new LiveFeed() {
            @Override
            public FeedStore store() {
                return store;
            }

            @Override
            public void catchUp(Instant now) {}
        };
    }
}
