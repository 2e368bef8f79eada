package org.iocconsole.sync.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Who handles what in the demo province, by date: provincial departments were reorganised on 1 March 2025 and the
 * provinces and communes on 1 July 2025, so a report or a figure names the bodies of its own time.
 */
final class Agencies {
    static final LocalDate DEPARTMENTS_REORGANISED = LocalDate.of(2025, 3, 1);

    /** The kind of body a service goes to. */
    enum Responder {
        ROADS,
        URBAN_SERVICES,
        COMMUNE_POLICE,
        PROVINCE_POLICE,
        COMMUNE,
        WATER,
        POWER,
        HEALTH,
        SERVICE_CENTRE
    }

    /** Departments before the reorganisation of 1 March 2025. */
    static final List<String> DEPARTMENTS_BEFORE = List.of(
            "Văn phòng UBND tỉnh",
            "Sở Kế hoạch và Đầu tư",
            "Sở Tài chính",
            "Sở Nội vụ",
            "Sở Tư pháp",
            "Sở Công Thương",
            "Sở Xây dựng",
            "Sở Giao thông vận tải",
            "Sở Tài nguyên và Môi trường",
            "Sở Nông nghiệp và Phát triển nông thôn",
            "Sở Lao động - Thương binh và Xã hội",
            "Sở Y tế",
            "Sở Giáo dục và Đào tạo",
            "Sở Văn hóa, Thể thao và Du lịch",
            "Sở Thông tin và Truyền thông",
            "Sở Khoa học và Công nghệ",
            "Ban Dân tộc",
            "Thanh tra tỉnh");

    /** Departments from 1 March 2025. */
    static final List<String> DEPARTMENTS_AFTER = List.of(
            "Văn phòng UBND tỉnh",
            "Sở Tài chính",
            "Sở Nội vụ",
            "Sở Tư pháp",
            "Sở Công Thương",
            "Sở Xây dựng",
            "Sở Nông nghiệp và Môi trường",
            "Sở Y tế",
            "Sở Giáo dục và Đào tạo",
            "Sở Văn hóa, Thể thao và Du lịch",
            "Sở Khoa học và Công nghệ",
            "Sở Dân tộc và Tôn giáo",
            "Thanh tra tỉnh");

    private final ProvinceProfile profile;

    Agencies(ProvinceProfile profile) {
        this.profile = profile;
    }

    static List<String> departments(LocalDate day) {
        return day.isBefore(DEPARTMENTS_REORGANISED) ? DEPARTMENTS_BEFORE : DEPARTMENTS_AFTER;
    }

    static String environmentDepartment(LocalDate day) {
        return day.isBefore(DEPARTMENTS_REORGANISED) ? "Sở Tài nguyên và Môi trường" : "Sở Nông nghiệp và Môi trường";
    }

    static String roadsDepartment(LocalDate day) {
        return day.isBefore(DEPARTMENTS_REORGANISED) ? "Sở Giao thông vận tải" : "Sở Xây dựng";
    }

    /** "tỉnh Thái Nguyên", "thành phố Đà Nẵng": how a province is named after a body's name. */
    static String provinceInSentence(UnitRow province) {
        return ("Thành phố Trung ương".equals(province.type()) ? "thành phố " : "tỉnh ") + province.name();
    }

    /** "UBND phường Phan Đình Phùng". */
    static String peoplesCommittee(UnitRow unit) {
        return "UBND " + unit.fullNameInSentence();
    }

    /**
     * The body responsible for a report of {@code service} in {@code place}; {@code random} decides between the
     * commune and a department where both are plausible.
     */
    String responsible(ReportService service, ReportPlace place, SplittableRandom random) {
        LocalDate day = place.day();
        boolean urban = place.commune().urban();
        return switch (service.responder()) {
            case ROADS ->
                !urban && DemoRandom.chance(random, 0.6) ? peoplesCommittee(place.unit()) : roadsDepartment(day);
            case URBAN_SERVICES -> {
                if ("waste".equals(service.code()) && DemoRandom.chance(random, 0.15)) {
                    yield environmentDepartment(day);
                }
                yield urban ? profile.urbanServicesCompany() : peoplesCommittee(place.unit());
            }
            case COMMUNE_POLICE -> "Công an " + place.unit().fullNameInSentence();
            case PROVINCE_POLICE -> "Công an " + provinceInSentence(place.province());
            case COMMUNE -> DemoRandom.chance(random, 0.75) ? peoplesCommittee(place.unit()) : "Sở Xây dựng";
            case WATER -> profile.waterCompany();
            case POWER -> profile.powerCompany();
            case HEALTH -> "Sở Y tế";
            case SERVICE_CENTRE ->
                DemoRandom.chance(random, 0.5)
                        ? "Trung tâm Phục vụ hành chính công " + provinceInSentence(place.province())
                        : peoplesCommittee(place.unit());
        };
    }
}
