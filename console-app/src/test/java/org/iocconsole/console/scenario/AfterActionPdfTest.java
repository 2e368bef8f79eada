package org.iocconsole.console.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.iocconsole.sync.cache.AuditEntry;
import org.iocconsole.sync.scenario.AfterActionReport;
import org.iocconsole.sync.scenario.BuiltInScenarios;
import org.iocconsole.sync.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The after-action PDF, read back with PDFBox's text extraction: Vietnamese survives, figures are there. */
class AfterActionPdfTest {

    @Test
    void theReportReadsBackInVietnameseWithItsFigures() throws Exception {
        Scenario drill = BuiltInScenarios.load("lu-song-cau");
        Instant flood = drill.start().plus(Duration.ofMinutes(80));
        List<AuditEntry> audit = List.of(
                new AuditEntry(1, flood.plusSeconds(240), "dieuhanh02", "report.acknowledge", "TN-2026-020001", "{}"),
                new AuditEntry(
                        2,
                        flood.plusSeconds(900),
                        "dieuhanh02",
                        "report.assign",
                        "TN-2026-020001",
                        "{\"agency\":\"UBND phường Gia Sàng\"}"),
                // The flood's second alert (06:40, the timeline's ninth event) acknowledged after 1 min 30 s.
                new AuditEntry(
                        3,
                        drill.start().plus(Duration.ofMinutes(400)).plusSeconds(90),
                        "truongca01",
                        "alert.acknowledge",
                        "notice/alert-8",
                        "{}"));
        AfterActionReport report =
                AfterActionReport.of(drill, Map.of("ngap-ben-oanh", "TN-2026-020001"), audit, new ObjectMapper());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AfterActionPdf.write(report, Locale.forLanguageTag("vi-VN"), ZoneId.of("Asia/Ho_Chi_Minh"), out);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("Báo cáo sau diễn tập: Lũ trên sông Cầu")
                    .contains("Diễn tập từ 14/09 05:00 đến 14/09 23:00")
                    .contains("Xác nhận tiếp nhận: 1/4 phản ánh · trung bình 00:04 · trung vị 00:04 · lâu nhất 00:04")
                    .contains("Giao xử lý: 1/4 phản ánh · trung bình 00:15 · trung vị 00:15 · lâu nhất 00:15")
                    .contains("TN-2026-020001 · 14/09 06:20")
                    .contains("Nước sông Cầu tràn vào ngõ")
                    .contains("dieuhanh02  report.assign  TN-2026-020001")
                    .contains(
                            "Cảnh báo đã xác nhận: 1 trên 3 · trung bình 00:01:30 · trung vị 00:01:30 · lâu nhất 00:01:30")
                    .contains("Lũ sông Cầu vượt báo động 3")
                    .contains("Đã xác nhận bởi truongca01 lúc 14/09 11:41, sau 00:01:30")
                    .contains("Chưa được xác nhận");
        }
    }
}
