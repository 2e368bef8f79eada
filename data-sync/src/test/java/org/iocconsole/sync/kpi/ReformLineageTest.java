package org.iocconsole.sync.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.iocconsole.sync.kpi.KpiMathTest.months;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.iocconsole.sync.model.Aggregation;
import org.iocconsole.sync.model.Indicator;
import org.iocconsole.sync.model.UnitChange;
import org.iocconsole.sync.model.UnitLevel;
import org.junit.jupiter.api.Test;

/** Re-aggregation across the July 2025 reform: Bắc Kạn (06) and Thái Nguyên (19) became Thái Nguyên (19). */
class ReformLineageTest {
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    private static final Instant AT = Instant.parse("2025-07-01T00:00:00Z");

    private static UnitChange change(String oldCode, String newCode, UnitChange.Relation relation) {
        return new UnitChange(
                oldCode + ">" + newCode,
                UnitLevel.PROVINCE,
                oldCode,
                "old " + oldCode,
                newCode,
                "new " + newCode,
                relation,
                REFORM,
                "Nghị quyết 202/2025/QH15",
                AT);
    }

    private static final ReformLineage MERGER = new ReformLineage(
            List.of(change("06", "19", UnitChange.Relation.FULL), change("19", "19", UnitChange.Relation.FULL)));

    private static final Map<String, java.util.NavigableMap<YearMonth, Double>> FIGURES = Map.of(
            "06", months("2024-08", 10, "2025-05", 12, "2025-06", 11),
            "19", months("2024-08", 20, "2025-05", 25, "2025-06", null, "2025-07", 40, "2025-08", 33));

    @Test
    void addsUpTheOldUnitsBeforeTheReformAndKeepsTheNewUnitAfter() {
        Series series = MERGER.combine("19", UnitLevel.PROVINCE, FIGURES, Series.monthly(months(), Aggregation.SUM));

        // Before July 2025 the new 19 is old 06 + old 19: never old 19 alone
        assertThat(series.values().get(YearMonth.of(2024, 8))).isEqualTo(30.0);
        assertThat(series.values().get(YearMonth.of(2025, 5))).isEqualTo(37.0);
        // old 19 did not report June: a gap, not 11
        assertThat(series.values()).containsEntry(YearMonth.of(2025, 6), null);
        assertThat(series.values().get(YearMonth.of(2025, 7))).isEqualTo(40.0);
        assertThat(series.reformFrom()).isEqualTo(YearMonth.of(2025, 7));

        KpiReading august = KpiReading.of(
                series,
                Window.of(PeriodView.MONTH, YearMonth.of(2025, 8)),
                Thresholds.NONE,
                Indicator.Direction.HIGHER_BETTER);
        // 33 against 10 + 20 = 30 a year earlier: +10 %
        assertThat(august.vsLastYear().percent()).isCloseTo(10.0, within(1e-9));
        Figure before = KpiMath.aggregate(series, Window.of(PeriodView.MONTH, YearMonth.of(2025, 5)));
        assertThat(before.notes()).containsExactly(Note.REFORM_COMBINED);
        Figure quarter = KpiMath.aggregate(series, Window.of(PeriodView.QUARTER, YearMonth.of(2025, 5)));
        assertThat(quarter.notes()).contains(Note.REFORM_COMBINED, Note.MISSING_PERIODS);
    }

    @Test
    void ratesOfSeveralMergedUnitsAreWithheldNotAveraged() {
        Series series = MERGER.combine("19", UnitLevel.PROVINCE, FIGURES, Series.monthly(months(), Aggregation.MEAN));

        Figure before = KpiMath.aggregate(series, Window.of(PeriodView.MONTH, YearMonth.of(2025, 5)));
        KpiReading august = KpiReading.of(
                series,
                Window.of(PeriodView.MONTH, YearMonth.of(2025, 8)),
                Thresholds.NONE,
                Indicator.Direction.HIGHER_BETTER);

        assertThat(before.value()).isNull();
        assertThat(before.notes()).containsExactly(Note.NOT_COMBINABLE);
        assertThat(august.current().value()).isEqualTo(33.0);
        assertThat(august.vsLastYear().difference()).isNull();
        assertThat(KpiMath.sparkline(series, Window.of(PeriodView.MONTH, YearMonth.of(2025, 8)), 3))
                .containsExactly(null, 40.0, 33.0);
    }

    @Test
    void aPartlyTransferredUnitIsNeverSplit() {
        ReformLineage split = new ReformLineage(
                List.of(change("06", "19", UnitChange.Relation.PARTIAL), change("19", "19", UnitChange.Relation.FULL)));

        Series series = split.combine("19", UnitLevel.PROVINCE, FIGURES, Series.monthly(months(), Aggregation.SUM));

        assertThat(series.combinableFrom()).isEqualTo(YearMonth.of(2025, 7));
        assertThat(KpiMath.aggregate(series, Window.of(PeriodView.MONTH, YearMonth.of(2024, 8)))
                        .notes())
                .containsExactly(Note.NOT_COMBINABLE);
    }

    @Test
    void aUnitWithoutLineageKeepsItsOwnFigures() {
        Series series = MERGER.combine(
                "20",
                UnitLevel.PROVINCE,
                Map.of("20", months("2024-01", 5)),
                Series.monthly(months(), Aggregation.SUM));

        assertThat(series.values()).containsEntry(YearMonth.of(2024, 1), 5.0);
        assertThat(series.reformFrom()).isNull();
        assertThat(MERGER.predecessors("19", UnitLevel.PROVINCE))
                .extracting(UnitChange::oldCode)
                .containsExactly("06", "19");
    }
}
