package org.iocconsole.sync.connector;

/** The example payloads of docs/api, as the documents give them. */
public final class ApiExamples {

    public static final String ADMIN_UNIT = """
            {
              "id": "commune/05443/2025-07-01",
              "code": "05443",
              "level": "commune",
              "name": "Phan Đình Phùng",
              "full_name": "Phường Phan Đình Phùng",
              "name_en": "Phan Dinh Phung Ward",
              "name_ascii": "Phan Dinh Phung",
              "type": "Phường",
              "parent_code": "19",
              "valid_from": "2025-07-01",
              "valid_to": null,
              "geometry": { "type": "MultiPolygon", "coordinates": [ [ [ [105.83, 21.59], [105.84, 21.59], [105.84, 21.60], [105.83, 21.59] ] ] ] },
              "updated_at": "2025-07-01T00:00:00Z"
            }""";

    public static final String UNIT_CHANGE = """
            {
              "id": "commune/05452/05443/2025-07-01",
              "level": "commune",
              "old_code": "05452",
              "old_name": "Phường Quang Trung",
              "new_code": "05443",
              "new_name": "Phường Phan Đình Phùng",
              "relation": "full",
              "effective_date": "2025-07-01",
              "legal_basis": "Nghị quyết 1683/NQ-UBTVQH15",
              "updated_at": "2025-07-01T00:00:00Z"
            }""";

    public static final String INDICATOR = """
            {
              "code": "PS_ONTIME_RATE",
              "name_vi": "Tỷ lệ hồ sơ giải quyết đúng hạn",
              "name_en": "Dossiers resolved on time",
              "category": "public_services",
              "unit": "%",
              "direction": "higher_better",
              "periodicity": "month",
              "target": 98.0,
              "warning": 95.0,
              "critical": 90.0,
              "updated_at": "2026-01-05T00:00:00Z"
            }""";

    public static final String OBSERVATION = """
            {
              "indicator": "PS_ONTIME_RATE",
              "unit_code": "19",
              "period": "2026-10",
              "value": 97.4,
              "updated_at": "2026-11-03T02:00:00Z"
            }""";

    public static final String DOSSIER_STAT = """
            {
              "unit_code": "19",
              "agency": "Sở Tư pháp",
              "period": "2026-10",
              "received": 1240,
              "resolved": 1185,
              "resolved_on_time": 1170,
              "overdue": 15,
              "online": 1032,
              "updated_at": "2026-11-01T01:00:00Z"
            }""";

    public static final String DOCUMENT_STAT = """
            {
              "unit_code": "19",
              "agency": "Văn phòng UBND tỉnh",
              "period": "2026-10",
              "incoming": 2310,
              "outgoing": 1875,
              "processed_on_time": 2204,
              "overdue": 31,
              "updated_at": "2026-11-01T01:00:00Z"
            }""";

    public static final String CAMERA = """
            {
              "id": "CAM-0012",
              "name": "Ngã tư Đồng Quang",
              "lat": 21.5889,
              "lon": 105.8412,
              "group": "Phường Phan Đình Phùng",
              "unit_code": "05443",
              "stream_kind": "mjpeg",
              "stream_url": "cameras/CAM-0012/stream.mjpg",
              "snapshot_url": "cameras/CAM-0012/snapshot.jpg",
              "status": "online",
              "updated_at": "2026-11-22T01:12:00Z"
            }""";

    public static final String FACILITY = """
            {
              "id": "FAC-HOS-001",
              "kind": "hospital",
              "name": "Bệnh viện Đa khoa Trung ương Thái Nguyên",
              "lat": 21.5836,
              "lon": 105.8298,
              "unit_code": "05443",
              "address": "479 Lương Ngọc Quyến, Phường Phan Đình Phùng",
              "capacity": 1500,
              "phone": "0208 3855 222",
              "updated_at": "2026-01-10T00:00:00Z"
            }""";

    public static final String SERVICES = """
            [
              {
                "service_code": "road_damage",
                "service_name": "Hư hỏng đường, vỉa hè",
                "description": "Ổ gà, sụt lún, vỉa hè vỡ",
                "metadata": false,
                "type": "realtime",
                "keywords": "đường, ổ gà, vỉa hè",
                "group": "Hạ tầng giao thông"
              }
            ]""";

    public static final String SERVICE_DEFINITION = """
            {
              "service_code": "flooding",
              "attributes": [
                {
                  "variable": true, "code": "depth", "datatype": "singlevaluelist", "required": false,
                  "datatype_description": null, "order": 1, "description": "Mức ngập",
                  "values": [ { "key": "ankle", "name": "Ngập mắt cá" }, { "key": "knee", "name": "Ngập đầu gối" } ]
                }
              ]
            }""";

    /** The request of the standard example, without extensions. */
    public static final String REQUEST = """
              {
                "service_request_id": "TN-2026-031245",
                "status": "open",
                "status_notes": "Đã chuyển Sở Xây dựng xử lý",
                "service_name": "Hư hỏng đường, vỉa hè",
                "service_code": "road_damage",
                "description": "Mặt đường Lương Ngọc Quyến đoạn gần chợ Thái bị sụt lún, nhiều ổ gà sâu.",
                "agency_responsible": "Sở Xây dựng",
                "service_notice": null,
                "requested_datetime": "2026-11-21T08:12:30+07:00",
                "updated_datetime": "2026-11-21T09:40:00+07:00",
                "expected_datetime": "2026-11-26T08:12:30+07:00",
                "address": "Đường Lương Ngọc Quyến, Phường Phan Đình Phùng",
                "address_id": null,
                "zipcode": null,
                "lat": 21.5921,
                "long": 105.8437,
                "media_url": "media/reports/TN-2026-031245.jpg"
              }""";

    /** The example's {@code extended_attributes}. */
    public static final String EXTENDED_ATTRIBUTES = """
            "extended_attributes": {
              "priority": "high",
              "workflow_status": "assigned",
              "commune_code": "05443",
              "channel": "hotline_1022",
              "duplicate_of": null,
              "history": [
                { "at": "2026-11-21T08:12:30+07:00", "status": "received", "note": "Tiếp nhận qua tổng đài 1022", "actor": "tongdai1022" },
                { "at": "2026-11-21T09:40:00+07:00", "status": "assigned", "note": "Chuyển Sở Xây dựng", "actor": "dieuhanh01" }
              ]
            }""";

    /** The request with its extended attributes. */
    public static final String EXTENDED_REQUEST =
            REQUEST.substring(0, REQUEST.lastIndexOf('}')) + ",\n" + EXTENDED_ATTRIBUTES + "\n}";

    private ApiExamples() {}
}
