package org.iocconsole.sync.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The {@code observations} rows of a month: every indicator for the province (the old provinces before July 2025)
 * and a few indicators per commune from {@link #COMMUNES_FROM}. A quarterly indicator gets its row in the
 * quarter's first month.
 */
final class ObservationRows {
    static final YearMonth FIRST_MONTH = YearMonth.of(2020, 1);
    static final YearMonth COMMUNES_FROM = YearMonth.of(2024, 1);

    private final long seed;
    private final ObjectMapper mapper;
    private final IndicatorCatalog catalog;
    private final ReportingUnits units;

    ObservationRows(long seed, ObjectMapper mapper, IndicatorCatalog catalog, ReportingUnits units) {
        this.seed = seed;
        this.mapper = mapper;
        this.catalog = catalog;
        this.units = units;
    }

    List<RevisedFeed.Row> forMonth(YearMonth month) {
        List<RevisedFeed.Row> rows = new ArrayList<>();
        boolean quarterStart = (month.getMonthValue() - 1) % 3 == 0;
        for (IndicatorDef def : catalog.indicators) {
            if (def.quarterly() && !quarterStart) {
                continue;
            }
            String period =
                    def.quarterly() ? month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1) : month.toString();
            for (ReportingUnits.Unit unit : units.provinces(month)) {
                rows.add(row(def, unit, month, period, 1.0));
            }
            if (def.communes() && !month.isBefore(COMMUNES_FROM)) {
                for (ReportingUnits.Unit unit : units.communes(month)) {
                    rows.add(row(def, unit, month, period, 2.0));
                }
            }
        }
        return rows;
    }

    private Row row(IndicatorDef def, ReportingUnits.Unit unit, YearMonth month, String period, double spread) {
        String key = def.code() + "|" + unit.code() + "|" + period;
        RevisionSchedule schedule = def.quarterly()
                ? new RevisionSchedule.Quarterly(month)
                : new RevisionSchedule.Monthly(month, Math.floorMod(key.hashCode(), 120));
        return new Row(key, schedule, def, unit, month, period, spread);
    }

    private final class Row implements RevisedFeed.Row {
        private final String key;
        private final RevisionSchedule schedule;
        private final IndicatorDef def;
        private final ReportingUnits.Unit unit;
        private final YearMonth month;
        private final String period;
        private final double spread;

        Row(
                String key,
                RevisionSchedule schedule,
                IndicatorDef def,
                ReportingUnits.Unit unit,
                YearMonth month,
                String period,
                double spread) {
            this.key = key;
            this.schedule = schedule;
            this.def = def;
            this.unit = unit;
            this.month = month;
            this.period = period;
            this.spread = spread;
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public RevisionSchedule schedule() {
            return schedule;
        }

        @Override
        public byte[] render(int version, Instant updatedAt) {
            SplittableRandom random = DemoRandom.of(seed, "observation", key);
            boolean missing = DemoRandom.chance(random, 0.012);
            Double value = missing ? null : def.value(unit.share(), month, schedule.fraction(version), spread, random);
            ObjectNode item = mapper.createObjectNode()
                    .put("indicator", def.code())
                    .put("unit_code", unit.code())
                    .put("period", period)
                    .put("value", value)
                    .put("updated_at", Json.utc(updatedAt));
            return Json.bytes(mapper, item);
        }
    }
}
