package org.iocconsole.sync.demo;

import java.time.Instant;
import java.util.SplittableRandom;

/**
 * A camera of the demo registry. Its outages follow its own random stream, so its status at any virtual time
 * depends only on the seed. {@link #status} is read by stream threads; the rest is guarded by the
 * {@link CameraRegistry}.
 */
final class DemoCamera {
    final String id;
    final String name;
    final double lat;
    final double lon;
    final String group;
    final String unitCode;
    final SplittableRandom outages;

    volatile String status = "online";
    Instant updatedAt;
    /** When the status changes next. */
    Instant nextChange;

    DemoCamera(
            String id, String name, double lat, double lon, String group, String unitCode, SplittableRandom outages) {
        this.id = id;
        this.name = name;
        this.lat = lat;
        this.lon = lon;
        this.group = group;
        this.unitCode = unitCode;
        this.outages = outages;
    }

    boolean online() {
        return "online".equals(status);
    }
}
