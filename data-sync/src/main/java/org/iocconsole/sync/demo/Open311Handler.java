package org.iocconsole.sync.demo;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Open311 GeoReport v2 in JSON under {@code /open311/v2/}: services, service definitions, requests (with the 90-day
 * window rule and the console's extensions), single requests, submissions and tokens.
 */
final class Open311Handler {
    static final Duration MAX_WINDOW = Duration.ofDays(90);
    static final int MAX_REQUESTS = 1000;
    static final int DEFAULT_PAGE_SIZE = 500;

    private final DemoWorld world;
    private final Open311Json json;
    private final Open311Submissions submissions;

    Open311Handler(DemoWorld world) {
        this.world = world;
        this.json = new Open311Json(world.mapper);
        this.submissions = new Open311Submissions(world, json);
    }

    void handle(HttpExchange exchange, String rest, Query query) throws IOException {
        String method = exchange.getRequestMethod();
        String jurisdiction = query.get("jurisdiction_id");
        String ours = world.basics().profile().jurisdiction();
        if (jurisdiction != null && !jurisdiction.equals(ours)) {
            throw HttpError.notFound("không có jurisdiction_id \"" + jurisdiction + "\" (dùng " + ours + ")");
        }
        if (rest.equals("requests.json") && "POST".equals(method)) {
            submissions.post(exchange);
            return;
        }
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            throw HttpError.methodNotAllowed(method);
        }
        if (rest.equals("services.json")) {
            Responses.sendJsonWithEtag(exchange, json.services());
        } else if (rest.startsWith("services/") && rest.endsWith(".json")) {
            String code = rest.substring("services/".length(), rest.length() - ".json".length());
            ReportService service = ReportService.byCode(code);
            if (service == null) {
                throw HttpError.notFound("không có dịch vụ \"" + code + "\"");
            }
            Responses.sendJsonWithEtag(exchange, json.definition(service));
        } else if (rest.equals("requests.json")) {
            Responses.sendJsonWithEtag(exchange, requests(query));
        } else if (rest.startsWith("requests/") && rest.endsWith(".json")) {
            String id = rest.substring("requests/".length(), rest.length() - ".json".length());
            byte[] body = world.readReports(desk -> {
                Report report = desk.store.get(id);
                return report == null ? null : json.requests(List.of(report), extensions(query));
            });
            if (body == null) {
                throw HttpError.notFound("không tìm thấy phản ánh " + id);
            }
            Responses.sendJsonWithEtag(exchange, body);
        } else if (rest.startsWith("tokens/") && rest.endsWith(".json")) {
            Responses.sendJsonWithEtag(exchange, submissions.token(rest.substring(7, rest.length() - 5)));
        } else if (rest.endsWith(".xml")) {
            throw HttpError.notFound("máy chủ chỉ hỗ trợ định dạng JSON (.json)");
        } else {
            throw HttpError.notFound("không có tài nguyên " + rest);
        }
    }

    private static boolean extensions(Query query) {
        return "true".equalsIgnoreCase(query.get("extensions"));
    }

    private byte[] requests(Query query) {
        boolean extensions = extensions(query);
        if (query.has("service_request_id")) {
            Set<String> ids = new LinkedHashSet<>(
                    Arrays.asList(query.get("service_request_id").split(",")));
            if (ids.size() > MAX_REQUESTS) {
                throw HttpError.badRequest("tối đa " + MAX_REQUESTS + " service_request_id mỗi lần");
            }
            return world.readReports(desk -> {
                List<Report> found = new ArrayList<>();
                for (String id : ids) {
                    Report report = desk.store.get(id.trim());
                    if (report != null) {
                        found.add(report);
                    }
                }
                return json.requests(found, extensions);
            });
        }
        Predicate<Report> filter = filter(query);
        if (query.has("updated_after")) {
            Instant after = query.instant("updated_after");
            String afterId = query.get("after_id") == null ? "" : query.get("after_id");
            int pageSize = query.intValue("page_size", DEFAULT_PAGE_SIZE, 1, MAX_REQUESTS);
            return world.readReports(desk -> {
                List<Report> page = new ArrayList<>();
                FeedKey cursor = new FeedKey(after, afterId);
                while (page.size() < pageSize) {
                    List<Report> batch = desk.store.updatedAfter(cursor, pageSize);
                    if (batch.isEmpty()) {
                        break;
                    }
                    for (Report report : batch) {
                        if (page.size() < pageSize && filter.test(report)) {
                            page.add(report);
                        }
                    }
                    Report last = batch.get(batch.size() - 1);
                    cursor = new FeedKey(last.updatedAt, last.id);
                }
                return json.requests(page, extensions);
            });
        }
        if (query.has("after_id") || query.has("page_size")) {
            throw HttpError.badRequest("after_id và page_size chỉ dùng cùng updated_after");
        }
        Instant start = query.instant("start_date");
        Instant end = query.instant("end_date");
        return world.readReports(desk -> {
            Instant to = end != null ? end : start != null ? start.plus(MAX_WINDOW) : world.now();
            Instant from = start != null ? start : to.minus(MAX_WINDOW);
            if (from.isAfter(to)) {
                throw HttpError.badRequest("start_date phải trước end_date");
            }
            if (Duration.between(from, to).compareTo(MAX_WINDOW) > 0) {
                throw HttpError.badRequest("khoảng thời gian tối đa 90 ngày (start_date đến end_date)");
            }
            List<Report> found = desk.store.requestedBetween(from, to).stream()
                    .filter(filter)
                    .limit(MAX_REQUESTS)
                    .toList();
            return json.requests(found, extensions);
        });
    }

    private static Predicate<Report> filter(Query query) {
        Set<String> statuses = query.has("status")
                ? Set.copyOf(Arrays.asList(query.get("status").split(",")))
                : Set.of("open", "closed");
        for (String status : statuses) {
            if (!status.equals("open") && !status.equals("closed")) {
                throw HttpError.badRequest("status phải là open hoặc closed, không phải \"" + status + "\"");
            }
        }
        Set<String> codes = query.has("service_code")
                ? Set.copyOf(Arrays.asList(query.get("service_code").split(",")))
                : null;
        return report -> statuses.contains(report.closed() ? "closed" : "open")
                && (codes == null || codes.contains(report.service.code()));
    }
}
