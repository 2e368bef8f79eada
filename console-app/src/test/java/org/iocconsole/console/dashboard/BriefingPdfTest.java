package org.iocconsole.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.Language;
import org.iocconsole.console.testing.KpiFixture;
import org.iocconsole.console.testing.SampleCache;
import org.iocconsole.sync.alert.AlertEvaluator;
import org.iocconsole.sync.alert.AlertStore;
import org.iocconsole.sync.cache.OverviewQueries;
import org.iocconsole.sync.cache.SyncStateRepository;
import org.iocconsole.sync.cache.UnitQueries;
import org.iocconsole.sync.kpi.KpiQueries;
import org.iocconsole.sync.kpi.KpiService;
import org.iocconsole.sync.kpi.PeriodView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The leader briefing's PDF, read back as text: Vietnamese intact, figures, "as of" and open alerts. */
class BriefingPdfTest {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path dir;

    @Test
    void thePdfCarriesTheFiguresTheirAsOfAndTheOpenAlertsInVietnamese() throws Exception {
        String text;
        try (SampleCache cache = new SampleCache(dir)) {
            KpiFixture.fill(cache);
            KpiService kpis = new KpiService(new KpiQueries(cache.database()));
            AlertStore alerts = new AlertStore(cache.database());
            new AlertEvaluator(
                            alerts,
                            new OverviewQueries(cache.database()),
                            new SyncStateRepository(cache.database()),
                            kpis)
                    .evaluate(KpiFixture.NOW, TODAY);
            BoardData data = new BoardLoader(kpis, new UnitQueries(cache.database()), alerts)
                    .load(
                            new BoardRequest(
                                    PeriodView.MONTH, YearMonth.of(2026, 10), null, List.of(), KpiFixture.DOSSIERS),
                            TODAY);
            I18n i18n = new I18n(Language.VI);
            TileTexts texts = new TileTexts(i18n, VIETNAM);
            Briefing briefing = Briefing.of(
                    data,
                    texts,
                    i18n.get("kpi.pdf.title"),
                    List.of(
                            i18n.get("kpi.pdf.area", data.areaName()),
                            i18n.get("kpi.pdf.period", texts.window(data.window())),
                            texts.lineage(data.lineage())),
                    new String[] {i18n.get("kpi.pdf.figures"), i18n.get("kpi.pdf.alerts")});

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BriefingPdf.write(briefing, out);
            try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
                text = new PDFTextStripper().getText(pdf);
            }
        }

        assertThat(text)
                .contains(
                        "Báo cáo nhanh chỉ tiêu kinh tế - xã hội",
                        "Địa bàn: Tỉnh Thái Nguyên",
                        "Kỳ: Tháng 10/2026",
                        "Tỉnh Bắc Kạn + Tỉnh Thái Nguyên",
                        "Hồ sơ thủ tục hành chính tiếp nhận: 363 hồ sơ",
                        "So với cùng kỳ: +10,0 %",
                        "Số vụ tai nạn giao thông: 70 vụ",
                        "Số liệu đến",
                        "Nghiêm trọng: Số vụ tai nạn giao thông: 70 (ngưỡng 60)");
    }
}
