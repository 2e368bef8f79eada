package org.iocconsole.sync.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

/**
 * Places about 350 cameras: dense in wards (junctions, landmarks, school gates, markets), along national roads
 * with kilometre marks, and one at the centre of many rural communes.
 */
final class CameraGenerator {
    static final int TARGET = 350;

    private final long seed;
    private final ProvinceGeography geography;
    private final ProvinceProfile profile;
    private final List<DemoCamera> cameras = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    CameraGenerator(long seed, ProvinceGeography geography, ProvinceProfile profile) {
        this.seed = seed;
        this.geography = geography;
        this.profile = profile;
    }

    List<DemoCamera> generate() {
        SplittableRandom random = DemoRandom.of(seed, "cameras");
        List<Commune> wards =
                geography.inhabitedCommunes().stream().filter(Commune::urban).toList();
        double wardWeight =
                wards.stream().mapToDouble(w -> w.oldCommunes().size()).sum();
        for (Commune ward : wards) {
            int count = Math.max(
                    2, (int) Math.round(TARGET * 0.55 * ward.oldCommunes().size() / wardWeight));
            for (int i = 0; i < count; i++) {
                addWardCamera(random, ward);
            }
        }
        for (ProvinceProfile.Road road : profile.roads()) {
            addRoadCameras(random, road);
        }
        List<Commune> rural =
                geography.inhabitedCommunes().stream().filter(c -> !c.urban()).toList();
        for (int round = 0; cameras.size() < TARGET && round < 4; round++) {
            for (Commune commune : rural) {
                if (cameras.size() >= TARGET) {
                    break;
                }
                String name =
                        switch ((round + commune.code().hashCode()) & 3) {
                            case 0 -> "Trung tâm " + commune.unit().fullNameInSentence();
                            case 1 ->
                                commune.name().startsWith("Chợ ")
                                        ? commune.name() + " - trung tâm"
                                        : "Chợ " + commune.name();
                            case 2 -> "Cổng UBND " + commune.unit().fullNameInSentence();
                            default -> "Cổng trường THCS " + commune.name();
                        };
                if (!names.contains(name)) {
                    add(random, name, commune.randomPoint(random, 0.1), commune.fullName(), commune);
                }
            }
        }
        return List.copyOf(cameras);
    }

    private void addWardCamera(SplittableRandom random, Commune ward) {
        ProvinceProfile.StreetGroup group = profile.streetGroupOf(ward.code());
        List<String> streets = group != null ? group.streets() : profile.defaultStreets();
        for (int attempt = 0; attempt < 8; attempt++) {
            String name =
                    switch (random.nextInt(group != null && !group.landmarks().isEmpty() ? 6 : 5)) {
                        case 0, 1 -> junction(random, streets);
                        case 2 -> "Cổng trường THPT " + ward.name();
                        case 3 -> "Chợ " + ward.name();
                        case 4 ->
                            "Đường " + DemoRandom.pick(random, streets) + " - tổ dân phố "
                                    + DemoRandom.between(random, 1, 25);
                        default -> DemoRandom.pick(random, group.landmarks());
                    };
            if (!names.contains(name)) {
                add(random, name, ward.randomPoint(random, 0.3), ward.fullName(), ward);
                return;
            }
        }
    }

    private static String junction(SplittableRandom random, List<String> streets) {
        String first = DemoRandom.pick(random, streets);
        String second = DemoRandom.pick(random, streets);
        return first.equals(second) ? "Ngã ba " + first : "Ngã tư " + first + " - " + second;
    }

    private void addRoadCameras(SplittableRandom random, ProvinceProfile.Road road) {
        double km = road.kmStart();
        Point previous = null;
        for (String code : road.communeCodes()) {
            Commune commune = geography.commune(code);
            if (previous != null) {
                km += kilometres(previous, commune.centre()) * 1.3;
            }
            previous = commune.centre();
            int count = DemoRandom.between(random, 1, 2);
            for (int i = 0; i < count; i++) {
                int mark = (int) Math.round(km) + i * DemoRandom.between(random, 2, 5);
                String name = road.name() + " - Km " + mark + " " + commune.name();
                if (!names.contains(name)) {
                    add(random, name, commune.randomPoint(random, 0.15), "Tuyến " + road.name(), commune);
                }
            }
        }
    }

    private void add(SplittableRandom random, String name, Coordinate at, String group, Commune commune) {
        String id = String.format(Locale.ROOT, "CAM-%04d", cameras.size() + 1);
        names.add(name);
        cameras.add(
                new DemoCamera(id, name, at.y, at.x, group, commune.code(), DemoRandom.of(seed, "camera-outages", id)));
    }

    /** Great-circle distance; good enough for kilometre marks. */
    static double kilometres(Point a, Point b) {
        double lat1 = Math.toRadians(a.getY());
        double lat2 = Math.toRadians(b.getY());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.getX() - a.getX());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * 6371 * Math.asin(Math.sqrt(h));
    }
}
