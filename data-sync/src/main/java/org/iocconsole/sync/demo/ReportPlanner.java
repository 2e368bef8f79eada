package org.iocconsole.sync.demo;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Plans the workflow of a report from receipt to closing: times follow office hours and the deadline (most are
 * resolved in time, some late, a few stall for weeks); some are rejected, some found to be duplicates.
 */
final class ReportPlanner {
    /** How a report's story ends. */
    enum Outcome {
        HANDLED,
        REJECTED,
        DUPLICATE
    }

    static final List<String> WORKFLOW =
            List.of("received", "classified", "assigned", "in_progress", "resolved", "closed");

    private static final Map<String, String> RECEIVED_BY = Map.of(
            "hotline_1022", "tongdai1022",
            "app", "app-congdan",
            "web", "cong-dichvucong",
            "zalo", "zalo-oa",
            "walk_in", "tiepcongdan01");

    private static final Map<String, String> RECEIVED_NOTE = Map.of(
            "hotline_1022", "Tiếp nhận qua tổng đài 1022",
            "app", "Tiếp nhận qua ứng dụng phản ánh hiện trường",
            "web", "Tiếp nhận qua Cổng thông tin điện tử",
            "zalo", "Tiếp nhận qua Zalo OA",
            "walk_in", "Tiếp nhận trực tiếp tại bộ phận tiếp công dân");

    private static final List<String> OPERATORS = IntStream.rangeClosed(1, 8)
            .mapToObj(n -> String.format(Locale.ROOT, "dieuhanh%02d", n))
            .toList();
    private static final Map<String, String> HANDLERS = new ConcurrentHashMap<>();

    private final ReportTexts texts;

    ReportPlanner(ReportTexts texts) {
        this.texts = texts;
    }

    /** The receipt step that opens every history. */
    static ReportStep received(Report report) {
        return new ReportStep(
                report.requestedAt,
                "received",
                RECEIVED_NOTE.get(report.channel),
                RECEIVED_BY.get(report.channel),
                null);
    }

    /** All steps of a report, receipt included. {@code duplicateOf} is used for {@link Outcome#DUPLICATE}. */
    List<ReportStep> plan(SplittableRandom random, Report report, String agency, Outcome outcome, String duplicateOf) {
        List<ReportStep> steps = new ArrayList<>();
        steps.add(received(report));
        Instant start = report.requestedAt;
        String operator = operator(random);
        if (outcome == Outcome.DUPLICATE) {
            Instant at = start.plus(minutes(random, 30, 360));
            steps.add(new ReportStep(at, "duplicate", "Trùng với phản ánh " + duplicateOf, operator, null));
            return steps;
        }
        boolean urgent = "urgent".equals(report.priority);
        Instant classified = urgent
                ? start.plus(minutes(random, 5, 30))
                : WorkingTime.nextOfficeMoment(start.plus(minutes(random, 10, 180)), minutes(random, 0, 90));
        steps.add(new ReportStep(classified, "classified", "Phân loại: " + report.service.name(), operator, null));
        if (outcome == Outcome.REJECTED) {
            Instant rejected = WorkingTime.nextOfficeMoment(classified.plus(minutes(random, 60, 2880)), Duration.ZERO);
            steps.add(new ReportStep(rejected, "rejected", DemoRandom.pick(random, REJECTIONS), operator, null));
            return steps;
        }
        steps.addAll(planFrom(random, report, "classified", classified, agency, operator));
        return steps;
    }

    /** The steps after {@code status} reached at {@code at}, for a report an operator moved by hand. */
    List<ReportStep> planFrom(
            SplittableRandom random, Report report, String status, Instant at, String agency, String operator) {
        List<ReportStep> steps = new ArrayList<>();
        boolean urgent = "urgent".equals(report.priority);
        String handler = handlerOf(agency);
        Instant time = at;
        int from = WORKFLOW.indexOf(status);
        if (from < WORKFLOW.indexOf("assigned")) {
            time = urgent
                    ? time.plus(minutes(random, 10, 60))
                    : WorkingTime.nextOfficeMoment(time.plus(minutes(random, 20, 480)), minutes(random, 0, 60));
            steps.add(new ReportStep(time, "assigned", "Chuyển " + agency + " xử lý", operator, agency));
        }
        long slaMinutes = Math.max(
                240, Duration.between(report.requestedAt, report.expectedAt).toMinutes());
        if (from < WORKFLOW.indexOf("in_progress")) {
            time = time.plus(Duration.ofMinutes(30 + (long) (random.nextDouble() * slaMinutes * 0.25)));
            steps.add(new ReportStep(time, "in_progress", inProgressNote(random, agency), handler, null));
        }
        if (from < WORKFLOW.indexOf("resolved")) {
            // Log-normal around 55 % of the allowed time: about one in seven ends late, a few stall for weeks.
            double factor = DemoRandom.chance(random, 0.03)
                    ? 2 + random.nextDouble() * 5
                    : Math.exp(Math.log(0.55) + 0.55 * random.nextGaussian());
            Instant due = report.requestedAt.plus(Duration.ofMinutes((long) (slaMinutes * factor)));
            time = due.isAfter(time.plus(Duration.ofMinutes(60))) ? due : time.plus(minutes(random, 60, 600));
            steps.add(new ReportStep(time, "resolved", texts.resolution(report.service, random), handler, null));
        }
        if (from < WORKFLOW.indexOf("closed")) {
            time = WorkingTime.nextOfficeMoment(time.plus(minutes(random, 1440, 5760)), minutes(random, 0, 120));
            steps.add(new ReportStep(time, "closed", DemoRandom.pick(random, CLOSINGS), operator(random), null));
        }
        return steps;
    }

    static String operator(SplittableRandom random) {
        return DemoRandom.pick(random, OPERATORS);
    }

    /** "xuly.so-xay-dung": the account of the body's handler, derived from its name. */
    static String handlerOf(String agency) {
        return HANDLERS.computeIfAbsent(agency, ReportPlanner::accountOf);
    }

    private static String accountOf(String agency) {
        String ascii = Normalizer.normalize(agency.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return "xuly." + (ascii.length() > 40 ? ascii.substring(0, 40) : ascii);
    }

    private static String inProgressNote(SplittableRandom random, String agency) {
        return DemoRandom.pick(
                random,
                List.of(
                        "Đã cử cán bộ kiểm tra hiện trường",
                        agency + " đang xử lý",
                        "Đang phối hợp với các đơn vị liên quan để xử lý"));
    }

    private static Duration minutes(SplittableRandom random, int from, int to) {
        return Duration.ofMinutes(DemoRandom.between(random, from, to)).plusSeconds(random.nextInt(60));
    }

    private static final List<String> REJECTIONS = List.of(
            "Không thuộc thẩm quyền giải quyết của địa phương; đã hướng dẫn người dân liên hệ cơ quan có thẩm quyền",
            "Nội dung phản ánh không đủ thông tin để xác minh",
            "Vụ việc là tranh chấp dân sự; đã hướng dẫn người dân thực hiện theo quy định");

    private static final List<String> CLOSINGS = List.of(
            "Người dân xác nhận hài lòng với kết quả xử lý",
            "Đóng phản ánh sau 3 ngày không có phản hồi của người dân",
            "Đã thông báo kết quả xử lý cho người phản ánh");
}
