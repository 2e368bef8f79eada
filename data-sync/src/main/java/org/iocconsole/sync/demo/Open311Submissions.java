package org.iocconsole.sync.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import org.locationtech.jts.geom.Coordinate;

/** {@code POST requests.json} and {@code tokens/{token}.json}: citizens filing reports through the API. */
final class Open311Submissions {
    private static final int MAX_DESCRIPTION = 4000;
    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private final DemoWorld world;
    private final Open311Json json;
    private long submitted;

    Open311Submissions(DemoWorld world, Open311Json json) {
        this.world = world;
        this.json = json;
    }

    void post(HttpExchange exchange) throws IOException {
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (contentType != null
                && !contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            throw HttpError.badRequest("nội dung phải ở dạng application/x-www-form-urlencoded");
        }
        Query form = Query.parse(new String(RequestBodies.read(exchange), StandardCharsets.UTF_8));
        String code = form.get("service_code");
        if (code == null) {
            throw HttpError.badRequest("thiếu service_code");
        }
        ReportService service = ReportService.byCode(code);
        if (service == null) {
            throw HttpError.badRequest("không có dịch vụ \"" + code + "\"");
        }
        Double lat = form.doubleValue("lat");
        Double lon = form.doubleValue("long");
        String addressText = form.get("address_string");
        String addressId = form.get("address_id");
        if ((lat == null) != (lon == null)) {
            throw HttpError.badRequest("cần cả lat và long");
        }
        if (lat == null && addressText == null && addressId == null) {
            throw HttpError.badRequest("cần vị trí: lat và long, address_string hoặc address_id");
        }
        String description = form.get("description");
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw HttpError.badRequest("mô tả dài tối đa " + MAX_DESCRIPTION + " ký tự");
        }
        String depth = form.get("attribute[depth]");
        if (depth != null && !("flooding".equals(code) && FloodDepth.VALUES.containsKey(depth))) {
            throw HttpError.badRequest("giá trị attribute[depth] không hợp lệ: " + depth);
        }
        Commune located = lat == null ? null : locate(lat, lon);
        if (lat != null && located == null) {
            throw HttpError.badRequest("vị trí nằm ngoài địa bàn tỉnh");
        }
        byte[] answer = world.readReports(desk -> submit(
                desk, service, located, lat, lon, addressText, addressId, description, depth, form.get("media_url")));
        Responses.send(exchange, 201, Responses.JSON, answer);
    }

    private Commune locate(double lat, double lon) {
        for (Commune commune : world.basics().geography().communes) {
            if (commune.contains(lon, lat)) {
                return commune;
            }
        }
        return null;
    }

    /** Runs under the desk's lock. */
    private byte[] submit(
            ReportDesk desk,
            ReportService service,
            Commune located,
            Double lat,
            Double lon,
            String addressText,
            String addressId,
            String description,
            String depth,
            String mediaUrl) {
        long number = ++submitted;
        SplittableRandom random = DemoRandom.of(world.seed, "submission", number);
        Instant now = world.now();
        Commune commune = located != null ? located : desk.generator.anyCommune(random, service);
        String text = description != null ? description : service.name();
        if (depth != null) {
            text = text + " (" + FloodDepth.VALUES.get(depth) + ")";
        }
        String address = addressText != null ? addressText : commune.fullName();
        Coordinate point = lat == null ? null : new Coordinate(Commune.round(lon), Commune.round(lat));
        ReportDraft draft = desk.generator.posted(random, service, now, commune, point, text, address, false, -number);
        draft.report().addressId = addressId;
        draft.report().externalMediaUrl = mediaUrl;
        desk.admit(draft, now);
        String token = new UUID(random.nextLong(), random.nextLong()).toString();
        desk.store.putToken(token, draft.report().id);
        ArrayNode array = world.mapper.createArrayNode();
        array.addObject()
                .put("service_request_id", draft.report().id)
                .put("token", token)
                .put(
                        "service_notice",
                        "Đã tiếp nhận phản ánh. Thời hạn xử lý: "
                                + DEADLINE.format(draft.report().expectedAt.atZone(Json.VN)) + ".");
        return Json.bytes(world.mapper, array);
    }

    byte[] token(String token) {
        String id = world.readReports(desk -> desk.store.idOfToken(token));
        if (id == null) {
            throw HttpError.notFound("không tìm thấy token " + token);
        }
        ArrayNode array = world.mapper.createArrayNode();
        array.addObject().put("service_request_id", id).put("token", token);
        return Json.bytes(world.mapper, array);
    }
}
