package org.iocconsole.sync.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.iocconsole.sync.model.Aggregation;
import org.iocconsole.sync.model.Indicator;
import org.iocconsole.sync.model.Period;
import org.junit.jupiter.api.Test;

/** The computations against figures worked out by hand (each expected value is written with its working). */
class KpiMathTest {

    static NavigableMap<YearMonth, Double> months(Object... pairs) {
        NavigableMap<YearMonth, Double> values = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            values.put(YearMonth.parse((String) pairs[i]), value == null ? null : ((Number) value).doubleValue());
        }
        return values;
    }

    private static Window month(String month) {
        return Window.of(PeriodView.MONTH, YearMonth.parse(month));
    }

    @Test
    void monthComparesWithPreviousMonthAndSameMonthLastYear() {
        Series series = Series.monthly(months("2024-03", 100, "2025-02", 150, "2025-03", 120), Aggregation.SUM);

        KpiReading reading =
                KpiReading.of(series, month("2025-03"), Thresholds.NONE, Indicator.Direction.HIGHER_BETTER);

        assertThat(reading.current().value()).isEqualTo(120.0);
        // 120 - 150 = -30; -30 / 150 = -20 %
        assertThat(reading.vsPrevious().difference()).isEqualTo(-30.0);
        assertThat(reading.vsPrevious().percent()).isCloseTo(-20.0, within(1e-9));
        // 120 - 100 = 20; 20 / 100 = +20 %
        assertThat(reading.vsLastYear().difference()).isEqualTo(20.0);
        assertThat(reading.vsLastYear().percent()).isCloseTo(20.0, within(1e-9));
        assertThat(reading.status()).isEqualTo(KpiStatus.NONE);
    }

    @Test
    void yearToDateSumsTheMonthsSoFarAndComparesWithTheSameMonthsLastYear() {
        Series series = Series.monthly(
                months(
                        "2025-01", 10, "2025-02", 10, "2025-03", 20, "2025-04", 99, "2026-01", 10, "2026-02", 20,
                        "2026-03", 30),
                Aggregation.SUM);

        KpiReading reading = KpiReading.of(
                series,
                Window.of(PeriodView.YEAR_TO_DATE, YearMonth.of(2026, 3)),
                Thresholds.NONE,
                Indicator.Direction.HIGHER_BETTER);

        // 10 + 20 + 30 = 60 against 10 + 10 + 20 = 40 (April 2025 is outside): +20, +50 %
        assertThat(reading.current().value()).isEqualTo(60.0);
        assertThat(reading.vsLastYear().difference()).isEqualTo(20.0);
        assertThat(reading.vsLastYear().percent()).isCloseTo(50.0, within(1e-9));
        assertThat(reading.vsPrevious().difference()).isNull();
    }

    @Test
    void quarterOfARateIsItsMeanAndChangesAreInPoints() {
        Series series = Series.monthly(
                months("2025-10", 95, "2025-11", 95, "2025-12", 95, "2026-01", 96, "2026-02", 97, "2026-03", 98),
                Aggregation.MEAN);

        KpiReading reading = KpiReading.of(
                series,
                Window.of(PeriodView.QUARTER, YearMonth.of(2026, 2)),
                new Thresholds(98.0, 95.0, 90.0),
                Indicator.Direction.HIGHER_BETTER);

        // (96 + 97 + 98) / 3 = 97; 97 - 95 = +2 points, no percentage
        assertThat(reading.window().first()).isEqualTo(YearMonth.of(2026, 1));
        assertThat(reading.current().value()).isCloseTo(97.0, within(1e-9));
        assertThat(reading.vsPrevious().inPoints()).isTrue();
        assertThat(reading.vsPrevious().difference()).isCloseTo(2.0, within(1e-9));
        assertThat(reading.vsPrevious().percent()).isNull();
        // 97 is below the target 98 but above the warning level 95; thresholds of a mean are not scaled
        assertThat(reading.thresholds().target()).isEqualTo(98.0);
        assertThat(reading.status()).isEqualTo(KpiStatus.GOOD);
        assertThat(reading.attainment()).isCloseTo(97.0 / 98.0 * 100, within(1e-9));
    }

    @Test
    void yearOfAStockIsItsLastFigureMarkedWhenMonthsAreMissing() {
        NavigableMap<YearMonth, Double> values = new TreeMap<>();
        for (int m = 1; m <= 12; m++) {
            if (m != 3) {
                values.put(YearMonth.of(2025, m), 100.0 + m);
            }
        }
        Figure year = KpiMath.aggregate(
                Series.monthly(values, Aggregation.LAST), Window.of(PeriodView.YEAR, YearMonth.of(2025, 6)));

        assertThat(year.value()).isEqualTo(112.0);
        assertThat(year.periodsWithData()).isEqualTo(11);
        assertThat(year.periodsExpected()).isEqualTo(12);
        assertThat(year.notes()).containsExactly(Note.MISSING_PERIODS);
    }

    @Test
    void aSumWithMissingMonthsIsMarkedAndNotCompared() {
        Series series = Series.monthly(
                months("2025-01", 10, "2025-02", 10, "2025-03", 10, "2026-01", 10, "2026-03", 30), Aggregation.SUM);

        KpiReading reading = KpiReading.of(
                series,
                Window.of(PeriodView.QUARTER, YearMonth.of(2026, 1)),
                Thresholds.NONE,
                Indicator.Direction.HIGHER_BETTER);

        assertThat(reading.current().value()).isEqualTo(40.0);
        assertThat(reading.current().notes()).containsExactly(Note.MISSING_PERIODS);
        assertThat(reading.vsLastYear().difference()).isNull();
        assertThat(reading.vsLastYear().notes()).containsExactly(Note.MISSING_PERIODS);
    }

    @Test
    void noFigureIsNoDataNeverZero() {
        Series series = Series.monthly(months("2026-01", null), Aggregation.SUM);

        KpiReading reading = KpiReading.of(
                series, month("2026-01"), new Thresholds(30.0, 45.0, 60.0), Indicator.Direction.LOWER_BETTER);

        assertThat(reading.current().value()).isNull();
        assertThat(reading.current().notes()).containsExactly(Note.NO_DATA);
        assertThat(reading.status()).isEqualTo(KpiStatus.NONE);
        assertThat(reading.vsPrevious().difference()).isNull();
        assertThat(reading.sparkline()).hasSize(KpiReading.SPARKLINE_PERIODS).containsOnlyNulls();
    }

    @Test
    void aTargetOfZeroGivesNoAttainmentButStillAStatus() {
        Series series = Series.monthly(months("2026-01", 3), Aggregation.SUM);

        KpiReading reading = KpiReading.of(
                series, month("2026-01"), new Thresholds(0.0, 2.0, 5.0), Indicator.Direction.LOWER_BETTER);

        assertThat(reading.attainment()).isNull();
        assertThat(reading.targetZero()).isTrue();
        // 3 deaths: above the warning level 2, not above the critical 5
        assertThat(reading.status()).isEqualTo(KpiStatus.WARNING);
    }

    @Test
    void aZeroBaseGivesTheDifferenceWithoutPercentage() {
        Series series = Series.monthly(months("2025-12", 0, "2026-01", 4), Aggregation.SUM);

        Change change = KpiReading.of(series, month("2026-01"), Thresholds.NONE, Indicator.Direction.LOWER_BETTER)
                .vsPrevious();

        assertThat(change.difference()).isEqualTo(4.0);
        assertThat(change.percent()).isNull();
        assertThat(change.notes()).containsExactly(Note.BASE_ZERO);
    }

    @Test
    void outOfRangeFiguresAreLeftOutAndMarked() {
        Series counts = Series.monthly(months("2026-01", 10, "2026-02", -5, "2026-03", 20), Aggregation.SUM);
        Series rate = Series.monthly(months("2026-01", 97, "2026-02", 140, "2026-03", 99), Aggregation.MEAN)
                .withRange(new ValidRange(0.0, 100.0));

        Figure sum = KpiMath.aggregate(counts, Window.of(PeriodView.QUARTER, YearMonth.of(2026, 1)));
        Figure mean = KpiMath.aggregate(rate, Window.of(PeriodView.QUARTER, YearMonth.of(2026, 1)));

        // -5 dossiers cannot be: 10 + 20 = 30 over two of three months
        assertThat(sum.value()).isEqualTo(30.0);
        assertThat(sum.notes()).containsExactlyInAnyOrder(Note.OUT_OF_RANGE, Note.MISSING_PERIODS);
        // 140 % on time cannot be: (97 + 99) / 2 = 98
        assertThat(mean.value()).isCloseTo(98.0, within(1e-9));
        assertThat(mean.has(Note.OUT_OF_RANGE)).isTrue();
        assertThat(KpiMath.sparkline(rate, month("2026-03"), 3)).containsExactly(97.0, null, 99.0);
    }

    @Test
    void aUnitChangeWithholdsSumsAndComparisonsAcrossIt() {
        Series series = Series.monthly(
                        months("2025-11", 1.2, "2025-12", 1.5, "2026-01", 1600, "2026-02", 1700), Aggregation.SUM)
                .withUnitChangedFrom(YearMonth.of(2026, 1));

        Figure quarter = KpiMath.aggregate(series, Window.of(PeriodView.QUARTER, YearMonth.of(2025, 12)));
        KpiReading january =
                KpiReading.of(series, month("2026-01"), Thresholds.NONE, Indicator.Direction.HIGHER_BETTER);
        KpiReading february =
                KpiReading.of(series, month("2026-02"), Thresholds.NONE, Indicator.Direction.HIGHER_BETTER);

        assertThat(quarter.value()).isEqualTo(2.7); // Q4 2025 is wholly in the old unit
        assertThat(january.current().value()).isEqualTo(1600.0);
        assertThat(january.vsPrevious().difference()).isNull();
        assertThat(january.vsPrevious().notes()).containsExactly(Note.UNIT_CHANGED);
        assertThat(february.vsPrevious().difference()).isEqualTo(100.0);
        Figure year = KpiMath.aggregate(series, Window.of(PeriodView.YEAR_TO_DATE, YearMonth.of(2026, 2)));
        assertThat(year.value()).isEqualTo(3300.0);
    }

    @Test
    void thresholdsOfASumScaleWithThePeriodsItCovers() {
        Series accidents = Series.monthly(months("2026-01", 40, "2026-02", 50, "2026-03", 50), Aggregation.SUM);

        KpiReading quarter = KpiReading.of(
                accidents,
                Window.of(PeriodView.QUARTER, YearMonth.of(2026, 3)),
                new Thresholds(30.0, 45.0, 60.0),
                Indicator.Direction.LOWER_BETTER);

        // 140 accidents against 3 × 45 = 135 (warning) and 3 × 60 = 180 (critical)
        assertThat(quarter.thresholds()).isEqualTo(new Thresholds(90.0, 135.0, 180.0));
        assertThat(quarter.status()).isEqualTo(KpiStatus.WARNING);
        assertThat(KpiMath.status(181.0, quarter.thresholds(), Indicator.Direction.LOWER_BETTER))
                .isEqualTo(KpiStatus.CRITICAL);
        assertThat(KpiMath.status(89.0, quarter.thresholds(), Indicator.Direction.LOWER_BETTER))
                .isEqualTo(KpiStatus.GOOD);
    }

    @Test
    void aQuarterlyIndicatorShowsItsQuarterInAMonthView() {
        Series growth = new Series(
                months("2025-04", 7.1, "2026-01", 7.9, "2026-04", 8.3),
                Period.Kind.QUARTER,
                Aggregation.MEAN,
                ValidRange.ANY,
                null,
                null,
                null);

        KpiReading may = KpiReading.of(
                growth, month("2026-05"), new Thresholds(8.0, 6.5, 5.0), Indicator.Direction.HIGHER_BETTER);

        assertThat(may.current().value()).isEqualTo(8.3);
        assertThat(may.current().periodsExpected()).isEqualTo(1);
        // against Q2 2025: 8.3 - 7.1 = +1.2 points
        assertThat(may.vsLastYear().difference()).isCloseTo(1.2, within(1e-9));
        assertThat(may.status()).isEqualTo(KpiStatus.GOOD);
    }

    @Test
    void onTimeRateIsTotalOnTimeOverTotalHandledNotAMeanOfRates() {
        NavigableMap<YearMonth, OnTimeCounts> counts = new TreeMap<>();
        counts.put(YearMonth.of(2026, 1), new OnTimeCounts(90, 100));
        counts.put(YearMonth.of(2026, 2), new OnTimeCounts(10, 20));
        counts.put(YearMonth.of(2026, 3), new OnTimeCounts(30, 20));

        Figure quarter = KpiMath.onTimeRate(counts, Window.of(PeriodView.QUARTER, YearMonth.of(2026, 1)));

        // (90 + 10) / (100 + 20) = 83.33 %, where the mean of 90 % and 50 % would be 70 %; March cannot be (30 of 20)
        assertThat(quarter.value()).isCloseTo(100.0 / 120.0 * 100, within(1e-9));
        assertThat(quarter.notes()).containsExactlyInAnyOrder(Note.OUT_OF_RANGE, Note.MISSING_PERIODS);
        Figure none = KpiMath.onTimeRate(counts, Window.of(PeriodView.MONTH, YearMonth.of(2026, 5)));
        assertThat(none.value()).isNull();
        assertThat(none.notes()).containsExactly(Note.NO_DATA);
    }
}
