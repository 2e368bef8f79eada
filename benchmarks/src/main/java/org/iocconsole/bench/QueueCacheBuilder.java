package org.iocconsole.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.SplittableRandom;
import org.iocconsole.sync.cache.CacheDatabase;
import org.iocconsole.sync.cache.ReportWords;
import org.iocconsole.sync.model.ReportPriority;

/**
 * Fills a cache with many citizen reports quickly, by bare JDBC batches into the same tables and with the same word
 * index the cache writer keeps (same folding, same words). Spread like the demo's: a year of reports over 150 communes,
 * 10 categories, 12 agencies, most of them answered.
 */
final class QueueCacheBuilder {
    static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");
    static final int COMMUNES = 150;

    private static final String[][] CATEGORIES = {
        {"road_damage", "Hư hỏng đường, vỉa hè"},
        {"flooding", "Ngập úng, thoát nước"},
        {"waste", "Rác thải, vệ sinh môi trường"},
        {"lighting", "Đèn chiếu sáng công cộng"},
        {"construction", "Xây dựng trái phép"},
        {"traffic", "Trật tự giao thông"},
        {"noise", "Tiếng ồn"},
        {"trees", "Cây xanh đô thị"},
        {"water", "Cấp nước sinh hoạt"},
        {"market", "Lấn chiếm vỉa hè, chợ tạm"}
    };
    private static final String[] WORDS = {
        "ổ", "gà", "sâu", "nước", "ngập", "rác", "tồn", "đọng", "đèn", "hỏng", "cống", "tắc", "mùi", "hôi", "cây", "đổ",
        "đường", "vỉa", "hè", "xe", "tải", "đỗ", "sai", "chỗ", "ồn", "ào", "ban", "đêm", "nhà", "xây", "lấn", "chiếm",
        "khu", "dân", "cư", "trường", "học", "chợ", "cầu", "bến", "trạm", "điện"
    };
    private static final String[] STREETS = {
        "Lương Ngọc Quyến",
        "Hoàng Văn Thụ",
        "Quang Trung",
        "Phan Đình Phùng",
        "Đội Cấn",
        "Bắc Kạn",
        "Minh Cầu",
        "Túc Duyên",
        "Cách Mạng Tháng Tám",
        "Thống Nhất",
        "Z115",
        "Dương Tự Minh"
    };
    private static final String[] STATUSES = {
        "received", "classified", "assigned", "in_progress", "resolved", "closed", "rejected", "duplicate"
    };
    private static final int[] STATUS_WEIGHTS = {3, 2, 6, 6, 20, 58, 3, 2};
    private static final String[] PRIORITIES = {"low", "normal", "normal", "normal", "high", "urgent"};

    private QueueCacheBuilder() {}

    /** Writes {@code count} reports with their words, one commit per batch. */
    static void build(Path dir, String name, int count, Results results) throws SQLException {
        long start = System.nanoTime();
        // The schema comes from the cache's own migrations; the bulk load then skips the console's commit-to-disk
        // setting (each commit reaching the file at once), which only matters for data that cannot be rebuilt.
        CacheDatabase.open(dir, name).close();
        String url = "jdbc:h2:file:" + dir.resolve(name).toAbsolutePath() + ";CACHE_SIZE=262144";
        try (Connection connection = DriverManager.getConnection(url, "ioc", "")) {
            connection.setAutoCommit(false);
            communes(connection);
            SplittableRandom random = new SplittableRandom(42);
            try (PreparedStatement report = connection.prepareStatement("INSERT INTO citizen_report "
                            + "(service_request_id, status, status_notes, service_name, service_code, description, "
                            + "agency_responsible, requested_at, updated_at, expected_at, address, lat, lon, priority, "
                            + "priority_rank, workflow_status, commune_code, channel, synced_at, answered_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement word = connection.prepareStatement(
                            "INSERT INTO report_word (word, service_request_id) VALUES (?, ?)");
                    PreparedStatement line = connection.prepareStatement(
                            "INSERT INTO report_word_line (service_request_id, line) VALUES (?, ?)")) {
                long span = Duration.ofDays(365).toSeconds();
                for (int i = 0; i < count; i++) {
                    String id = String.format("TN-%d-%07d", 2025 + i * 2 / count, i);
                    String[] category = CATEGORIES[random.nextInt(CATEGORIES.length)];
                    // Reports arrive in id order over the year.
                    Instant requested = NOW.minusSeconds(span - span * i / count + random.nextInt(600));
                    String status = pick(random);
                    boolean closed = status.equals("resolved")
                            || status.equals("closed")
                            || status.equals("rejected")
                            || status.equals("duplicate");
                    Instant expected =
                            random.nextInt(20) == 0 ? null : requested.plus(Duration.ofHours(24 + random.nextInt(200)));
                    Instant answered = closed ? requested.plus(Duration.ofHours(2 + random.nextInt(240))) : null;
                    String priority = PRIORITIES[random.nextInt(PRIORITIES.length)];
                    String street = STREETS[random.nextInt(STREETS.length)];
                    int commune = random.nextInt(COMMUNES);
                    String address = "Số " + (1 + random.nextInt(300)) + " đường " + street + ", Phường " + commune;
                    StringBuilder description = new StringBuilder();
                    for (int w = 0; w < 8; w++) {
                        description.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
                    }
                    int c = 1;
                    report.setString(c++, id);
                    report.setString(c++, closed ? "closed" : "open");
                    report.setString(c++, null);
                    report.setString(c++, category[1]);
                    report.setString(c++, category[0]);
                    report.setString(c++, description.toString());
                    report.setString(c++, "Cơ quan " + random.nextInt(12));
                    report.setObject(c++, requested.atOffset(ZoneOffset.UTC));
                    report.setObject(c++, (answered == null ? requested : answered).atOffset(ZoneOffset.UTC));
                    report.setObject(c++, expected == null ? null : expected.atOffset(ZoneOffset.UTC));
                    report.setString(c++, address);
                    report.setDouble(c++, 21.5 + random.nextDouble() / 5);
                    report.setDouble(c++, 105.7 + random.nextDouble() / 5);
                    report.setString(c++, priority);
                    report.setInt(c++, ReportPriority.rankOf(priority));
                    report.setString(c++, status);
                    report.setString(c++, String.format("%05d", 5000 + commune));
                    report.setString(c++, "hotline_1022");
                    report.setObject(c++, NOW.atOffset(ZoneOffset.UTC));
                    report.setObject(c++, answered == null ? null : answered.atOffset(ZoneOffset.UTC));
                    report.addBatch();
                    Set<String> words = ReportWords.of(id, category[1], address, description.toString());
                    for (String w : words) {
                        word.setString(1, w);
                        word.setString(2, id);
                        word.addBatch();
                    }
                    line.setString(1, id);
                    line.setString(2, ReportWords.line(words));
                    line.addBatch();
                    if (i % 10_000 == 9_999) {
                        report.executeBatch();
                        word.executeBatch();
                        line.executeBatch();
                        connection.commit();
                    }
                    if (i % 100_000 == 99_999) {
                        results.note(
                                (i + 1) + " reports written, " + Math.round(IngestBenchmark.seconds(start)) + " s");
                    }
                }
                report.executeBatch();
                word.executeBatch();
                line.executeBatch();
                connection.commit();
            }
        }
    }

    private static String pick(SplittableRandom random) {
        int roll = random.nextInt(100);
        for (int s = 0; s < STATUSES.length; s++) {
            roll -= STATUS_WEIGHTS[s];
            if (roll < 0) {
                return STATUSES[s];
            }
        }
        return STATUSES[STATUSES.length - 1];
    }

    private static void communes(Connection connection) throws SQLException {
        try (PreparedStatement unit = connection.prepareStatement("INSERT INTO admin_unit (unit_id, code, level, "
                + "name_vi, full_name, valid_from, updated_at, synced_at) VALUES (?, ?, 'commune', ?, ?, DATE "
                + "'2025-07-01', ?, ?)")) {
            for (int c = 0; c < COMMUNES; c++) {
                String code = String.format("%05d", 5000 + c);
                unit.setString(1, "commune/" + code);
                unit.setString(2, code);
                unit.setString(3, "Phường " + c);
                unit.setString(4, "Phường " + c);
                unit.setObject(5, NOW.atOffset(ZoneOffset.UTC));
                unit.setObject(6, NOW.atOffset(ZoneOffset.UTC));
                unit.addBatch();
            }
            unit.executeBatch();
            connection.commit();
        }
    }
}
