package org.iocconsole.sync.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Coordinate;

/**
 * Generates citizen reports: the year before the anchor, and then hour by hour as virtual time passes. Volumes
 * follow the season, the day of the week and the hour; wards get more reports than rural communes.
 */
final class ReportGenerator {
    static final int YEARLY_REPORTS = 35_000;

    /** Relative frequency by local hour for daytime matters and for evening matters (noise, order, lighting). */
    private static final double[] DAY_HOURS = {
        0.1, 0.05, 0.05, 0.05, 0.1, 0.3, 0.8, 1.5, 2.6, 2.8, 2.6, 2.0, 1.2, 1.6, 2.4, 2.6, 2.3, 1.7, 1.2, 1.1, 1.0, 0.8,
        0.5, 0.25
    };

    private static final double[] NIGHT_HOURS = {
        0.6, 0.4, 0.2, 0.1, 0.1, 0.2, 0.5, 0.8, 1.0, 1.0, 1.0, 0.9, 0.8, 0.9, 1.0, 1.0, 1.1, 1.3, 1.8, 2.4, 2.8, 2.9,
        2.4, 1.4
    };
    private static final List<Integer> HOURS = IntStream.range(0, 24).boxed().toList();
    private static final WeightedChoice<Integer> DAY_HOUR = new WeightedChoice<>(HOURS, h -> DAY_HOURS[h]);
    private static final WeightedChoice<Integer> NIGHT_HOUR = new WeightedChoice<>(HOURS, h -> NIGHT_HOURS[h]);
    private static final double DAY_HOURS_TOTAL = sum(DAY_HOURS);

    private final long seed;
    private final ProvinceGeography geography;
    private final ProvinceProfile profile;
    private final ReportTexts texts;
    private final Agencies agencies;
    private final Map<String, WeightedChoice<Commune>> communeChoice = new HashMap<>();
    private final double meanMonthTotal;

    ReportGenerator(long seed, ProvinceGeography geography, ProvinceProfile profile, ReportTexts texts) {
        this.seed = seed;
        this.geography = geography;
        this.profile = profile;
        this.texts = texts;
        this.agencies = new Agencies(profile);
        List<Commune> inhabited = geography.inhabitedCommunes();
        for (ReportService service : ReportService.ALL) {
            communeChoice.put(
                    service.code(),
                    new WeightedChoice<>(
                            inhabited,
                            c -> (c.urban() ? 5.0 * service.urbanFactor() : 1.0)
                                    * c.oldCommunes().size()));
        }
        double total = 0;
        for (int month = 1; month <= 12; month++) {
            total += monthTotal(month);
        }
        meanMonthTotal = total / 12;
    }

    /** The reports of the 365 days before {@code anchor}, in the order they came in. */
    List<ReportDraft> history(Instant anchor) {
        LocalDate last = anchor.atZone(Json.VN).toLocalDate();
        Instant from = anchor.minus(Duration.ofDays(365));
        List<ReportDraft> drafts = IntStream.rangeClosed(0, 366)
                .parallel()
                .mapToObj(offset -> day(last.minusDays(offset), from, anchor))
                .flatMap(List::stream)
                .sorted(Comparator.comparing((ReportDraft d) -> d.report().requestedAt)
                        .thenComparingLong(ReportDraft::order))
                .toList();
        return drafts;
    }

    private List<ReportDraft> day(LocalDate day, Instant from, Instant until) {
        SplittableRandom random = DemoRandom.of(seed, "report-day", day.toEpochDay());
        int count = DemoRandom.poisson(random, expectedPerDay(day));
        List<ReportDraft> drafts = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            SplittableRandom r = DemoRandom.of(seed, "report", day.toEpochDay(), k);
            ReportService service = pickService(r, day.getMonthValue());
            int hour = (service.night() ? NIGHT_HOUR : DAY_HOUR).pick(r);
            Instant at = day.atTime(hour, r.nextInt(60), r.nextInt(60)).toInstant(Json.VN);
            if (!at.isBefore(from) && at.isBefore(until)) {
                drafts.add(create(r, service, at, day.toEpochDay() * 10_000 + k));
            }
        }
        return drafts;
    }

    /** The reports that come in during the virtual hour starting at {@code hourStart}, at or after {@code notBefore}. */
    List<ReportDraft> hour(Instant hourStart, Instant notBefore) {
        long hourIndex = hourStart.getEpochSecond() / 3600;
        LocalDateTime local = LocalDateTime.ofInstant(hourStart, Json.VN);
        SplittableRandom random = DemoRandom.of(seed, "report-hour", hourIndex);
        double expected = expectedPerDay(local.toLocalDate()) * DAY_HOURS[local.getHour()] / DAY_HOURS_TOTAL;
        int count = DemoRandom.poisson(random, expected);
        List<ReportDraft> drafts = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            SplittableRandom r = DemoRandom.of(seed, "report-live", hourIndex, k);
            ReportService service = pickService(r, local.getMonthValue());
            Instant at = hourStart.plusSeconds(r.nextInt(3600));
            if (!at.isBefore(notBefore)) {
                drafts.add(create(r, service, at, hourIndex * 1_000 + k));
            }
        }
        drafts.sort(
                Comparator.comparing((ReportDraft d) -> d.report().requestedAt).thenComparingLong(ReportDraft::order));
        return drafts;
    }

    /** A report as a citizen would file it through the Open311 API, placed in {@code commune} when known. */
    ReportDraft posted(
            SplittableRandom r,
            ReportService service,
            Instant at,
            Commune commune,
            Coordinate point,
            String description,
            String address,
            boolean hasPhoto,
            long order) {
        ReportPlace place =
                ReportPlace.of(geography, commune, at.atZone(Json.VN).toLocalDate(), r);
        String priority = pickPriority(r, service);
        Report report = new Report(
                service,
                description,
                address,
                point == null ? null : point.y,
                point == null ? null : point.x,
                place.unit().code(),
                "app",
                hasPhoto,
                at,
                deadline(service, priority, at),
                priority);
        return new ReportDraft(report, order, agencies.responsible(service, place, r), ReportPlanner.Outcome.HANDLED);
    }

    /** Where posted reports go when the citizen gave no usable place. */
    Commune anyCommune(SplittableRandom r, ReportService service) {
        return communeChoice.get(service.code()).pick(r);
    }

    private ReportDraft create(SplittableRandom r, ReportService service, Instant at, long order) {
        Commune commune = communeChoice.get(service.code()).pick(r);
        LocalDateTime local = LocalDateTime.ofInstant(at, Json.VN);
        ReportPlace place = ReportPlace.of(geography, commune, local.toLocalDate(), r);
        Coordinate point = commune.randomPoint(r, commune.urban() ? 0.35 : 0.7);
        ReportSlots.Filled filled = ReportSlots.fill(r, place, profile, texts.hamlets, local.getHour());
        String channel = pickChannel(r, local);
        String priority = pickPriority(r, service);
        boolean photo = DemoRandom.chance(
                r,
                switch (channel) {
                    case "app", "zalo" -> 0.45;
                    case "web" -> 0.15;
                    default -> 0.0;
                });
        Report report = new Report(
                service,
                texts.describe(service, filled.slots(), r),
                filled.address(),
                point.y,
                point.x,
                place.unit().code(),
                channel,
                photo,
                at,
                deadline(service, priority, at),
                priority);
        double outcome = r.nextDouble();
        ReportPlanner.Outcome wish = outcome < 0.04
                ? ReportPlanner.Outcome.REJECTED
                : outcome < 0.09 ? ReportPlanner.Outcome.DUPLICATE : ReportPlanner.Outcome.HANDLED;
        return new ReportDraft(report, order, agencies.responsible(service, place, r), wish);
    }

    static Instant deadline(ReportService service, String priority, Instant at) {
        int days = "urgent".equals(priority) ? Math.max(1, service.slaWorkingDays() / 2) : service.slaWorkingDays();
        return WorkingTime.addWorkingDays(at, days);
    }

    private double expectedPerDay(LocalDate day) {
        double weekday =
                switch (day.getDayOfWeek()) {
                    case SATURDAY -> 0.8;
                    case SUNDAY -> 0.6;
                    default -> 1.12;
                };
        return YEARLY_REPORTS / 365.0 * weekday * monthTotal(day.getMonthValue()) / meanMonthTotal;
    }

    private static double monthTotal(int month) {
        double total = 0;
        for (ReportService service : ReportService.ALL) {
            total += service.share() * service.monthFactor(month);
        }
        return total;
    }

    private static ReportService pickService(SplittableRandom r, int month) {
        return DemoRandom.weighted(r, ReportService.ALL, s -> s.share() * s.monthFactor(month));
    }

    private static String pickChannel(SplittableRandom r, LocalDateTime local) {
        double x = r.nextDouble();
        boolean officeHours = local.getDayOfWeek() != DayOfWeek.SATURDAY
                && local.getDayOfWeek() != DayOfWeek.SUNDAY
                && local.getHour() >= 7
                && local.getHour() < 17;
        if (x < 0.35) {
            return "hotline_1022";
        } else if (x < 0.60) {
            return "app";
        } else if (x < 0.80) {
            return "zalo";
        } else if (x < 0.92 || !officeHours) {
            return "web";
        }
        return "walk_in";
    }

    private static String pickPriority(SplittableRandom r, ReportService service) {
        double x = r.nextDouble();
        if (service.urgentOften()) {
            return x < 0.05 ? "low" : x < 0.50 ? "normal" : x < 0.85 ? "high" : "urgent";
        }
        return x < 0.20 ? "low" : x < 0.80 ? "normal" : x < 0.97 ? "high" : "urgent";
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double value : values) {
            total += value;
        }
        return total;
    }
}
