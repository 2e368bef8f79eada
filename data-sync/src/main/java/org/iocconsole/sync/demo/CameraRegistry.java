package org.iocconsole.sync.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's cameras and their {@code cameras} feed. Each camera goes offline now and then (about 3 % of the time)
 * or into maintenance, on a timeline drawn from its own random stream. Thread-safe.
 */
final class CameraRegistry implements LiveFeed {
    /** Mean time between outages and mean outage length: together about 3 % of the time out of service. */
    private static final double MEAN_UP_HOURS = 40 * 24;

    private static final double MEAN_DOWN_HOURS = 30;

    private final ObjectMapper mapper;
    private final Map<String, DemoCamera> byId = new HashMap<>();
    private final FeedStore feed = new FeedStore();
    private final ChangeScheduler scheduler = new ChangeScheduler();

    CameraRegistry(ObjectMapper mapper, List<DemoCamera> cameras, Instant anchor, long seed) {
        this.mapper = mapper;
        for (DemoCamera camera : cameras) {
            byId.put(camera.id, camera);
            // Registered some months before the anchor; the outage story starts then.
            Instant registered = anchor.minus(Duration.ofDays(60
                            + DemoRandom.of(seed, "camera-registered", camera.id)
                                    .nextInt(300)))
                    .truncatedTo(ChronoUnit.HOURS);
            camera.updatedAt = registered;
            camera.nextChange = registered.plus(hours(camera, MEAN_UP_HOURS));
            while (!camera.nextChange.isAfter(anchor)) {
                flip(camera);
            }
            Instant loadedAt = camera.updatedAt;
            String status = camera.status;
            feed.load(camera.id, loadedAt, () -> json(camera, status, loadedAt));
            schedule(camera);
        }
    }

    @Override
    public FeedStore store() {
        return feed;
    }

    @Override
    public synchronized void catchUp(Instant now) {
        scheduler.runUntil(now);
    }

    /** Whether the camera is in service at {@code now}, after applying the changes due. */
    synchronized boolean online(DemoCamera camera, Instant now) {
        catchUp(now);
        return camera.online();
    }

    private void schedule(DemoCamera camera) {
        scheduler.schedule(camera.nextChange, camera.id, at -> {
            flip(camera);
            camera.updatedAt = feed.upsert(camera.id, camera.updatedAt, stamp -> json(camera, camera.status, stamp));
            schedule(camera);
        });
    }

    /** Sets a camera's status when virtual time reaches {@code at}; from then on the scenario alone moves it. */
    synchronized void script(Instant at, String key, DemoCamera camera, String status) {
        scheduler.schedule(at, key, when -> {
            scheduler.cancel(camera.id);
            camera.status = status;
            camera.updatedAt = feed.upsert(camera.id, when, stamp -> json(camera, camera.status, stamp));
        });
    }

    DemoCamera camera(String id) {
        return byId.get(id);
    }

    private void flip(DemoCamera camera) {
        Instant at = camera.nextChange;
        if (camera.online()) {
            camera.status = DemoRandom.chance(camera.outages, 0.3) ? "maintenance" : "offline";
            camera.nextChange = at.plus(hours(camera, MEAN_DOWN_HOURS));
        } else {
            camera.status = "online";
            camera.nextChange = at.plus(hours(camera, MEAN_UP_HOURS));
        }
        camera.updatedAt = at;
    }

    /** An exponentially distributed duration with the given mean, at least ten minutes. */
    private static Duration hours(DemoCamera camera, double mean) {
        double hours = -mean * Math.log(1 - camera.outages.nextDouble());
        return Duration.ofMinutes(Math.max(10, (long) (hours * 60))).plusSeconds(camera.outages.nextInt(60));
    }

    private byte[] json(DemoCamera camera, String status, Instant updatedAt) {
        ObjectNode item = mapper.createObjectNode()
                .put("id", camera.id)
                .put("name", camera.name)
                .put("lat", camera.lat)
                .put("lon", camera.lon)
                .put("group", camera.group)
                .put("unit_code", camera.unitCode)
                .put("stream_kind", "mjpeg")
                .put("stream_url", "cameras/" + camera.id + "/stream.mjpg")
                .put("snapshot_url", "cameras/" + camera.id + "/snapshot.jpg")
                .put("status", status)
                .put("updated_at", Json.utc(updatedAt));
        return Json.bytes(mapper, item);
    }
}
