package org.iocconsole.sync.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Fills the slots of a report template and its address, so both name the same street or hamlet. */
final class ReportSlots {
    private ReportSlots() {}

    /** The slot values and the address text of one report. */
    record Filled(Map<String, String> slots, String address) {}

    static Filled fill(
            SplittableRandom random, ReportPlace place, ProvinceProfile profile, List<String> hamlets, int localHour) {
        UnitRow unit = place.unit();
        boolean townStyle = "Phường".equals(unit.type()) || "Thị trấn".equals(unit.type());
        Map<String, String> slots = new HashMap<>();
        int number = DemoRandom.between(random, 1, 350);
        int lane = DemoRandom.between(random, 2, 120);
        String hamlet = DemoRandom.pick(random, hamlets);
        String hamletPlace = profile.hamletWord() + " " + hamlet;
        String address;
        if (townStyle) {
            ProvinceProfile.StreetGroup group =
                    profile.streetGroupOf(place.commune().code());
            List<String> streets = group != null ? group.streets() : profile.defaultStreets();
            String streetName = DemoRandom.pick(random, streets);
            slots.put("street", "đường " + streetName);
            List<String> places = new ArrayList<>(List.of(
                    "trước số nhà " + number,
                    "ở ngõ " + lane,
                    "ở tổ dân phố số " + DemoRandom.between(random, 1, 25),
                    "gần chợ " + unit.name(),
                    "gần cổng Trường Tiểu học " + unit.name()));
            if (group != null && !group.landmarks().isEmpty()) {
                String landmark = "gần " + DemoRandom.pick(random, group.landmarks());
                places.add(landmark);
                places.add(landmark);
            }
            slots.put("place", DemoRandom.pick(random, places));
            address = switch (random.nextInt(3)) {
                case 0 -> "Số " + number + " đường " + streetName + ", " + unit.fullName();
                case 1 -> "Ngõ " + lane + " đường " + streetName + ", " + unit.fullName();
                default -> "Đường " + streetName + ", " + unit.fullName();
            };
        } else {
            List<String> roads = new ArrayList<>(List.of("đường liên xã", "đường trục " + hamletPlace));
            for (ProvinceProfile.Road road :
                    profile.roadsThrough(place.commune().code())) {
                roads.add("Quốc lộ " + road.name().substring(2));
            }
            if (!profile.provincialRoads().isEmpty()) {
                roads.add("đường tỉnh "
                        + DemoRandom.pick(random, profile.provincialRoads()).substring(3));
            }
            slots.put("street", DemoRandom.pick(random, roads));
            slots.put(
                    "place",
                    DemoRandom.pick(
                            random,
                            List.of(
                                    "ở " + hamletPlace,
                                    "ở " + hamletPlace,
                                    "gần nhà văn hóa " + hamletPlace,
                                    "gần chợ " + unit.name(),
                                    "gần trụ sở " + Agencies.peoplesCommittee(unit),
                                    "gần Trường Tiểu học " + unit.name())));
            address = ReportTexts.capitalise(hamletPlace) + ", " + unit.fullName();
        }
        slots.put("number", Integer.toString(number));
        slots.put("time", time(random, localHour));
        slots.put(
                "days",
                DemoRandom.pick(
                        random,
                        List.of(
                                "2 ngày",
                                "3 ngày",
                                "4 ngày",
                                "gần một tuần",
                                "hơn một tuần",
                                "nhiều ngày",
                                "cả tuần")));
        slots.put(
                "size",
                switch (random.nextInt(3)) {
                    case 0 -> "rộng khoảng " + DemoRandom.between(random, 1, 4) + " m²";
                    case 1 -> "sâu khoảng " + DemoRandom.between(random, 2, 6) * 5 + " cm";
                    default -> "dài gần " + DemoRandom.between(random, 2, 8) + " m";
                });
        slots.put("depth", Integer.toString(DemoRandom.between(random, 3, 14) * 5));
        slots.put("count", Integer.toString(DemoRandom.between(random, 2, 6)));
        slots.put("floors", Integer.toString(DemoRandom.between(random, 3, 6)));
        slots.put("late_hour", DemoRandom.pick(random, List.of("23 giờ đêm", "gần nửa đêm", "1 giờ sáng")));
        slots.put("committee", Agencies.peoplesCommittee(unit));
        return new Filled(slots, address);
    }

    /** A time phrase that fits the hour the report came in ("chiều nay" only after noon). */
    private static String time(SplittableRandom random, int localHour) {
        List<String> phrases = new ArrayList<>(List.of("tối qua", "đêm qua", "chiều qua", "hôm qua"));
        if (localHour >= 6) {
            phrases.add("sáng nay");
            phrases.add("sáng sớm nay");
        }
        if (localHour >= 13) {
            phrases.add("trưa nay");
            phrases.add("chiều nay");
        }
        if (localHour >= 19) {
            phrases.add("tối nay");
        }
        return DemoRandom.pick(random, phrases);
    }
}
