package org.iocconsole.sync.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The {@code dossier-stats} and {@code document-stats} rows of a month, per unit and agency: the provincial
 * departments of the time (old provinces before July 2025), and from {@link #LOCAL_FROM} the district and commune
 * people's committees of the time.
 */
final class StatsRows {
    static final YearMonth FIRST_MONTH = YearMonth.of(2020, 1);
    static final YearMonth LOCAL_FROM = YearMonth.of(2024, 1);

    /** Fewer dossiers around Tết, more before the year closes. */
    private static final double[] SEASON = {0.95, 0.72, 1.05, 1.02, 1.03, 1.02, 1.0, 1.02, 1.03, 1.05, 1.04, 1.07};

    private final long seed;
    private final ObjectMapper mapper;
    private final ReportingUnits units;

    StatsRows(long seed, ObjectMapper mapper, ReportingUnits units) {
        this.seed = seed;
        this.mapper = mapper;
        this.units = units;
    }

    List<RevisedFeed.Row> dossiers(YearMonth month) {
        return rows(month, true);
    }

    List<RevisedFeed.Row> documents(YearMonth month) {
        return rows(month, false);
    }

    private List<RevisedFeed.Row> rows(YearMonth month, boolean dossiers) {
        List<RevisedFeed.Row> rows = new ArrayList<>();
        for (ReportingUnits.Unit province : units.provinces(month)) {
            for (String department : Agencies.departments(month.atDay(1))) {
                if (dossiers && department.startsWith("Thanh tra")) {
                    continue;
                }
                SplittableRandom size = DemoRandom.of(seed, "agency-size", department);
                double base = dossiers ? 150 + size.nextInt(1350) : 700 + size.nextInt(1800);
                rows.add(new Row(dossiers, province.code(), department, month, base * province.share()));
            }
        }
        if (!month.isBefore(LOCAL_FROM)) {
            for (ReportingUnits.Unit district : units.districts(month)) {
                rows.add(new Row(
                        dossiers,
                        district.code(),
                        Agencies.peoplesCommittee(district.row()),
                        month,
                        (dossiers ? 12_000 : 20_000) * district.share()));
            }
            for (ReportingUnits.Unit commune : units.communes(month)) {
                rows.add(new Row(
                        dossiers,
                        commune.code(),
                        Agencies.peoplesCommittee(commune.row()),
                        month,
                        (dossiers ? 25_000 : 30_000) * commune.share()));
            }
        }
        return rows;
    }

    private final class Row implements RevisedFeed.Row {
        private final boolean dossiers;
        private final String unitCode;
        private final String agency;
        private final YearMonth month;
        private final double base;
        private final String key;
        private final RevisionSchedule schedule;

        Row(boolean dossiers, String unitCode, String agency, YearMonth month, double base) {
            this.dossiers = dossiers;
            this.unitCode = unitCode;
            this.agency = agency;
            this.month = month;
            this.base = base;
            this.key = unitCode + "|" + agency + "|" + month;
            this.schedule = new RevisionSchedule.Monthly(month, Math.floorMod(key.hashCode(), 120));
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
            SplittableRandom random = DemoRandom.of(seed, dossiers ? "dossier-stat" : "document-stat", key);
            double years = month.getYear() - 2024 + (month.getMonthValue() - 1) / 12.0;
            double expected = base
                    * SEASON[month.getMonthValue() - 1]
                    * Math.pow(1.04, years)
                    * Math.exp(0.08 * random.nextGaussian())
                    * schedule.fraction(version);
            int volume = (int) Math.round(expected);
            ObjectNode item = mapper.createObjectNode()
                    .put("unit_code", unitCode)
                    .put("agency", agency)
                    .put("period", month.toString());
            if (dossiers) {
                int resolved = share(volume, 0.93 + 0.03 * random.nextGaussian(), 0.8);
                int onTime = share(resolved, 0.975 + 0.004 * years + 0.012 * random.nextGaussian(), 0.85);
                double onlineShare = 0.45 + 0.09 * years + 0.05 * random.nextGaussian();
                item.put("received", volume)
                        .put("resolved", resolved)
                        .put("resolved_on_time", onTime)
                        .put("overdue", resolved - onTime + share(volume, 0.003 * Math.abs(random.nextGaussian()), 0))
                        .put("online", share(volume, onlineShare, 0.05));
            } else {
                int onTime = share(volume, 0.955 + 0.015 * random.nextGaussian(), 0.8);
                item.put("incoming", volume)
                        .put("outgoing", share(volume, 0.65 + 0.2 * random.nextDouble(), 0.5))
                        .put("processed_on_time", onTime)
                        .put("overdue", share(volume - onTime, 0.3 + 0.4 * random.nextDouble(), 0));
            }
            item.put("updated_at", Json.utc(updatedAt));
            return Json.bytes(mapper, item);
        }

        /** {@code total × rate}, the rate kept within {@code [floor, 1]}. */
        private int share(int total, double rate, double floor) {
            return (int) Math.round(total * Math.max(floor, Math.min(1.0, rate)));
        }
    }
}
