package org.iocconsole.sync.connector.cameras;

import org.iocconsole.sync.connector.feed.FeedSpec;
import org.iocconsole.sync.model.Camera;
import org.iocconsole.sync.model.Contract;

/** The {@code cameras} contract (docs/api/cameras.md). Tombstone keys are camera ids. */
public final class CameraFeed {

    /** {@code GET cameras}: the camera registry. */
    public static final FeedSpec<Camera> SPEC =
            FeedSpec.of(Contract.CAMERAS, "cameras", Camera.class, new CameraMapping());

    private CameraFeed() {}
}
