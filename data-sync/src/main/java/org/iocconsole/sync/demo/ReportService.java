package org.iocconsole.sync.demo;

import java.util.List;

/**
 * An Open311 service (category of citizen report) and how often, where and when reports of it come.
 *
 * @param slaWorkingDays working days from receipt to the deadline
 * @param share share of the yearly reports
 * @param monthFactors relative frequency per month, January first
 * @param urbanFactor how much more often it is reported in a ward than in a rural commune
 * @param responder who handles it, see {@link Agencies}
 * @param night whether it is mostly reported in the evening and at night
 */
record ReportService(
        String code,
        String name,
        String description,
        String keywords,
        String group,
        int slaWorkingDays,
        double share,
        double[] monthFactors,
        double urbanFactor,
        Agencies.Responder responder,
        boolean night,
        boolean urgentOften) {

    double monthFactor(int month) {
        return monthFactors[month - 1];
    }

    static final double[] EVEN = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    /** The rainy season of northern and central Vietnam, May to October. */
    static final double[] RAINY = {0.25, 0.25, 0.35, 0.6, 1.6, 2.4, 2.8, 3.0, 2.4, 1.5, 0.5, 0.3};

    static final double[] STORMS = {0.6, 0.6, 0.7, 0.9, 1.2, 1.4, 1.6, 1.7, 1.6, 1.3, 0.8, 0.6};
    static final double[] HOT = {0.7, 0.7, 0.9, 1.1, 1.3, 1.5, 1.5, 1.3, 1.1, 0.9, 0.8, 0.8};
    static final double[] LONG_NIGHTS = {1.2, 1.1, 1.0, 0.9, 0.8, 0.8, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3};
    static final double[] TET = {1.5, 1.6, 1.0, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 1.0, 1.2};
    static final double[] DRY = {1.2, 1.2, 1.2, 1.1, 1.0, 0.8, 0.7, 0.7, 0.8, 1.0, 1.2, 1.2};

    /** The catalog, in the order {@code services.json} lists it. */
    static final List<ReportService> ALL = List.of(
            new ReportService(
                    "road_damage",
                    "Hư hỏng đường, vỉa hè",
                    "Ổ gà, sụt lún, vỉa hè vỡ, nắp hố ga hỏng",
                    "đường, ổ gà, vỉa hè, sụt lún",
                    "Hạ tầng giao thông",
                    7,
                    0.13,
                    STORMS,
                    1.5,
                    Agencies.Responder.ROADS,
                    false,
                    false),
            new ReportService(
                    "flooding",
                    "Ngập úng, thoát nước",
                    "Đường ngập, cống tắc, thoát nước kém",
                    "ngập, úng, cống, thoát nước",
                    "Thoát nước",
                    2,
                    0.07,
                    RAINY,
                    2.0,
                    Agencies.Responder.URBAN_SERVICES,
                    false,
                    true),
            new ReportService(
                    "waste",
                    "Rác thải, vệ sinh môi trường",
                    "Rác tồn đọng, đổ trộm phế thải, ô nhiễm",
                    "rác, phế thải, mùi hôi, ô nhiễm",
                    "Môi trường",
                    3,
                    0.15,
                    HOT,
                    1.5,
                    Agencies.Responder.URBAN_SERVICES,
                    false,
                    false),
            new ReportService(
                    "street_lighting",
                    "Chiếu sáng công cộng",
                    "Đèn đường hỏng, không sáng hoặc sáng cả ngày",
                    "đèn đường, chiếu sáng",
                    "Hạ tầng đô thị",
                    5,
                    0.07,
                    LONG_NIGHTS,
                    2.5,
                    Agencies.Responder.URBAN_SERVICES,
                    true,
                    false),
            new ReportService(
                    "noise",
                    "Tiếng ồn",
                    "Karaoke, công trình thi công gây ồn ngoài giờ",
                    "ồn, karaoke, loa kẹo kéo",
                    "Trật tự đô thị",
                    3,
                    0.06,
                    EVEN,
                    2.0,
                    Agencies.Responder.COMMUNE_POLICE,
                    true,
                    false),
            new ReportService(
                    "traffic_parking",
                    "Giao thông, đỗ xe sai quy định",
                    "Đỗ xe lấn làn, ùn tắc, đèn tín hiệu hỏng",
                    "đỗ xe, ùn tắc, đèn tín hiệu",
                    "Trật tự giao thông",
                    3,
                    0.09,
                    EVEN,
                    3.0,
                    Agencies.Responder.PROVINCE_POLICE,
                    false,
                    false),
            new ReportService(
                    "illegal_construction",
                    "Xây dựng trái phép",
                    "Xây dựng không phép, sai phép, lấn chiếm đất công",
                    "xây dựng, không phép, sai phép",
                    "Trật tự xây dựng",
                    15,
                    0.05,
                    DRY,
                    1.5,
                    Agencies.Responder.COMMUNE,
                    false,
                    false),
            new ReportService(
                    "trees",
                    "Cây xanh",
                    "Cây gãy đổ, cành khô nguy hiểm, cần cắt tỉa",
                    "cây xanh, gãy đổ, cắt tỉa",
                    "Hạ tầng đô thị",
                    5,
                    0.05,
                    STORMS,
                    2.0,
                    Agencies.Responder.URBAN_SERVICES,
                    false,
                    true),
            new ReportService(
                    "water_supply",
                    "Cấp nước",
                    "Mất nước, nước yếu, nước đục, vỡ ống",
                    "mất nước, nước bẩn, vỡ ống",
                    "Dịch vụ công cộng",
                    3,
                    0.07,
                    HOT,
                    2.0,
                    Agencies.Responder.WATER,
                    false,
                    false),
            new ReportService(
                    "public_order",
                    "An ninh, trật tự",
                    "Tụ tập gây rối, trộm cắp, đánh bạc",
                    "an ninh, trật tự, gây rối, trộm cắp",
                    "An ninh trật tự",
                    5,
                    0.06,
                    TET,
                    1.3,
                    Agencies.Responder.COMMUNE_POLICE,
                    true,
                    true),
            new ReportService(
                    "power_outage",
                    "Mất điện, sự cố lưới điện",
                    "Mất điện, dây điện võng, cột điện nghiêng",
                    "mất điện, dây điện, cột điện",
                    "Dịch vụ công cộng",
                    2,
                    0.06,
                    HOT,
                    1.0,
                    Agencies.Responder.POWER,
                    false,
                    true),
            new ReportService(
                    "land_encroachment",
                    "Lấn chiếm lòng đường, vỉa hè",
                    "Buôn bán, để vật liệu, dựng biển quảng cáo lấn chiếm vỉa hè",
                    "lấn chiếm, vỉa hè, lòng đường",
                    "Trật tự đô thị",
                    5,
                    0.07,
                    EVEN,
                    3.0,
                    Agencies.Responder.COMMUNE,
                    false,
                    false),
            new ReportService(
                    "food_safety",
                    "An toàn thực phẩm",
                    "Cơ sở kinh doanh thực phẩm mất vệ sinh, hàng không rõ nguồn gốc",
                    "thực phẩm, vệ sinh, ngộ độc",
                    "Y tế",
                    10,
                    0.03,
                    TET,
                    1.2,
                    Agencies.Responder.HEALTH,
                    false,
                    false),
            new ReportService(
                    "administrative_procedure",
                    "Thủ tục hành chính",
                    "Chậm trễ, phiền hà khi giải quyết thủ tục hành chính",
                    "thủ tục, hồ sơ, chậm trễ",
                    "Dịch vụ hành chính công",
                    10,
                    0.04,
                    EVEN,
                    1.2,
                    Agencies.Responder.SERVICE_CENTRE,
                    false,
                    false));

    static ReportService byCode(String code) {
        for (ReportService service : ALL) {
            if (service.code.equals(code)) {
                return service;
            }
        }
        return null;
    }
}
