package org.iocconsole.sync.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies an operator's action to a report: checks the transition, records it in the history, and re-plans what
 * follows so the report keeps moving. Runs under the {@link ReportDesk}'s lock.
 */
final class ReportActions {
    static final Set<String> PRIORITIES = Set.of("low", "normal", "high", "urgent");

    /** Which workflow status may follow which when an operator changes it by hand. */
    static final Map<String, Set<String>> TRANSITIONS = Map.of(
            "received", Set.of("classified", "assigned", "rejected"),
            "classified", Set.of("assigned", "rejected"),
            "assigned", Set.of("in_progress", "classified", "rejected"),
            "in_progress", Set.of("resolved", "assigned"),
            "resolved", Set.of("closed", "in_progress"),
            "closed", Set.of(),
            "rejected", Set.of(),
            "duplicate", Set.of());

    private static final Map<String, String> PRIORITY_NAMES =
            Map.of("low", "thấp", "normal", "bình thường", "high", "cao", "urgent", "khẩn cấp");

    private static final Map<String, String> STATUS_NOTES = Map.of(
            "classified", "Đã phân loại lại",
            "assigned", "Đã giao xử lý",
            "in_progress", "Đang xử lý",
            "resolved", "Đã xử lý xong",
            "closed", "Đóng phản ánh",
            "rejected", "Từ chối: không thuộc thẩm quyền");

    private final DemoWorld world;

    ReportActions(DemoWorld world) {
        this.world = world;
    }

    /** Applies {@code kind} to {@code report}; throws {@link HttpError} 409 or 422 when it cannot. */
    void apply(ReportDesk desk, String kind, Report report, JsonNode payload, String actor) {
        String status = report.workflowStatus();
        String note = text(payload, "note");
        switch (kind) {
            case "report.acknowledge" -> {
                requireTransition(status, "received".equals(status), "xác nhận tiếp nhận");
                move(
                        desk,
                        report,
                        "classified",
                        note != null ? note : "Người điều hành đã xác nhận tiếp nhận",
                        actor,
                        null);
            }
            case "report.assign" -> {
                String agency = required(payload, "agency");
                requireTransition(
                        status,
                        List.of("received", "classified", "assigned", "in_progress")
                                .contains(status),
                        "giao xử lý");
                move(desk, report, "assigned", note != null ? note : "Chuyển " + agency + " xử lý", actor, agency);
            }
            case "report.set_priority" -> {
                String priority = required(payload, "priority");
                if (!PRIORITIES.contains(priority)) {
                    throw invalid("priority phải là low, normal, high hoặc urgent");
                }
                requireTransition(status, !report.closed(), "đổi mức ưu tiên");
                Instant now = world.now();
                desk.store.update(report, now, () -> {
                    report.priority = priority;
                    report.record(new ReportStep(
                            now,
                            status,
                            note != null ? note : "Đổi mức ưu tiên thành: " + PRIORITY_NAMES.get(priority),
                            actor,
                            null));
                });
            }
            case "report.change_status" -> {
                String target = required(payload, "status");
                if (!TRANSITIONS.containsKey(target) || "received".equals(target) || "duplicate".equals(target)) {
                    throw invalid("status không hợp lệ: " + target + " (trùng lặp: dùng report.merge_duplicate)");
                }
                requireTransition(status, TRANSITIONS.get(status).contains(target), "chuyển sang " + target);
                move(desk, report, target, note != null ? note : STATUS_NOTES.get(target), actor, null);
            }
            case "report.merge_duplicate" -> {
                String original = required(payload, "duplicate_of");
                if (original.equals(report.id) || desk.store.get(original) == null) {
                    throw invalid("duplicate_of không phải một phản ánh khác đang có: " + original);
                }
                requireTransition(status, !report.closed(), "gộp trùng");
                report.duplicateOf = original;
                move(desk, report, "duplicate", note != null ? note : "Trùng với phản ánh " + original, actor, null);
            }
            default -> throw new HttpError(422, "unknown_kind", "không hỗ trợ kind \"" + kind + "\"");
        }
    }

    /** Records the new status and re-plans the steps after it (none after a final status). */
    private void move(ReportDesk desk, Report report, String status, String note, String actor, String agency) {
        Instant now = world.now();
        desk.store.update(report, now, () -> {
            report.plan.clear();
            report.record(new ReportStep(now, status, note, actor, agency));
            if (!Report.CLOSED_STATUSES.contains(status) || "resolved".equals(status)) {
                String handler = agency != null ? agency : report.agencyResponsible;
                report.plan.addAll(desk.planner.planFrom(
                        DemoRandom.of(desk.seed, "replan", report.id + "#" + report.history.size()),
                        report,
                        status,
                        now,
                        handler != null ? handler : "UBND " + Agencies.provinceInSentence(desk.geography.province),
                        ReportPlanner.operator(DemoRandom.of(desk.seed, "operator", report.id))));
            }
        });
        desk.scheduleNextStep(report);
    }

    private static void requireTransition(String status, boolean allowed, String what) {
        if (!allowed) {
            throw new HttpError(409, "conflict", "Không thể " + what + " khi phản ánh đang ở trạng thái " + status);
        }
    }

    private static String required(JsonNode payload, String field) {
        String value = text(payload, field);
        if (value == null) {
            throw invalid("payload thiếu " + field);
        }
        return value;
    }

    private static String text(JsonNode payload, String field) {
        JsonNode node = payload.get(field);
        return node == null || !node.isTextual() || node.asText().isBlank() ? null : node.asText();
    }

    private static HttpError invalid(String message) {
        return new HttpError(422, "invalid_payload", message);
    }
}
