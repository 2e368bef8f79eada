package org.iocconsole.sync.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generated year of citizen reports: volumes, seasons, places, wording and coherent workflows. */
class ReportContentTest {
    private static DemoProvince demo;
    private static List<JsonNode> reports;
    private static ProvinceGeography geography;

    @BeforeAll
    static void readEverything() {
        demo = DemoTestSupport.sharedDemo();
        reports = DemoTestSupport.readAllReports(demo.open311Url(), r -> {});
        geography = ProvinceGeography.load(
                "19", new UnitCatalog(VnResources.units()), VnResources.unitChanges(), DemoTestSupport.MAPPER);
    }

    @Test
    void aboutThirtyFiveThousandReportsOverTheYearBeforeTheAnchor() {
        assertThat(reports).hasSizeBetween(30_000, 40_000);
        assertThat(reports.stream()
                        .map(r -> r.get("service_request_id").asText())
                        .distinct())
                .hasSize(reports.size());
        assertThat(reports).allSatisfy(r -> assertThat(requested(r))
                .isAfterOrEqualTo(DemoTestSupport.ANCHOR.minusSeconds(366L * 86_400))
                .isBefore(DemoTestSupport.ANCHOR));
    }

    @Test
    void workflowsAreCoherent() {
        Set<String> ids =
                reports.stream().map(r -> r.get("service_request_id").asText()).collect(Collectors.toSet());
        for (JsonNode report : reports) {
            JsonNode extended = report.get("extended_attributes");
            JsonNode history = extended.get("history");
            assertThat(history.get(0).get("status").asText()).isEqualTo("received");
            Instant previous = requested(report);
            for (JsonNode step : history) {
                Instant at = OffsetDateTime.parse(step.get("at").asText()).toInstant();
                assertThat(at).isAfterOrEqualTo(previous).isBeforeOrEqualTo(DemoTestSupport.ANCHOR);
                previous = at;
            }
            String workflow = extended.get("workflow_status").asText();
            assertThat(history.get(history.size() - 1).get("status").asText()).isEqualTo(workflow);
            boolean closed =
                    Set.of("resolved", "closed", "rejected", "duplicate").contains(workflow);
            assertThat(report.get("status").asText()).isEqualTo(closed ? "closed" : "open");
            assertThat(report.get("updated_datetime").asText())
                    .isEqualTo(history.get(history.size() - 1).get("at").asText());
            assertThat(OffsetDateTime.parse(report.get("expected_datetime").asText())
                            .toInstant())
                    .isAfter(requested(report));
            if (workflow.equals("duplicate")) {
                assertThat(ids).contains(extended.get("duplicate_of").asText());
            } else {
                assertThat(extended.get("duplicate_of").isNull()).isTrue();
            }
            assertThat(report.get("requested_datetime").asText()).endsWith("+07:00");
        }
        Map<String, Long> byStatus = reports.stream()
                .collect(Collectors.groupingBy(
                        r -> r.get("extended_attributes").get("workflow_status").asText(), Collectors.counting()));
        assertThat(byStatus.keySet())
                .contains(
                        "received",
                        "classified",
                        "assigned",
                        "in_progress",
                        "resolved",
                        "closed",
                        "rejected",
                        "duplicate");
        long overdue = reports.stream()
                .filter(r -> r.get("status").asText().equals("open"))
                .filter(r -> OffsetDateTime.parse(r.get("expected_datetime").asText())
                        .toInstant()
                        .isBefore(DemoTestSupport.ANCHOR))
                .count();
        assertThat(overdue).isBetween(50L, 3000L);
    }

    @Test
    void volumesFollowSeasonsHoursAndTowns() {
        Map<Integer, Long> floodingByMonth = reports.stream()
                .filter(r -> r.get("service_code").asText().equals("flooding"))
                .collect(Collectors.groupingBy(r -> local(r).getMonthValue(), Collectors.counting()));
        assertThat(floodingByMonth.get(8)).isGreaterThan(4 * floodingByMonth.get(1));

        Map<Integer, Long> byHour =
                reports.stream().collect(Collectors.groupingBy(r -> local(r).getHour(), Collectors.counting()));
        assertThat(byHour.get(9)).isGreaterThan(10 * byHour.get(3));

        Map<Boolean, Long> perWard = new HashMap<>();
        for (JsonNode report : reports) {
            Commune commune = geography.commune(
                    report.get("extended_attributes").get("commune_code").asText());
            perWard.merge(commune.urban(), 1L, Long::sum);
        }
        long wards = geography.communes.stream().filter(Commune::urban).count();
        long rural = geography.communes.size() - wards;
        assertThat(perWard.get(true) / wards).isGreaterThan(3 * perWard.get(false) / rural);

        Set<String> channels = reports.stream()
                .map(r -> r.get("extended_attributes").get("channel").asText())
                .collect(Collectors.toSet());
        assertThat(channels).containsExactlyInAnyOrder("hotline_1022", "app", "web", "zalo", "walk_in");
        assertThat(reports)
                .anySatisfy(r -> assertThat(r.get("media_url").asText()).startsWith("media/reports/"));
    }

    @Test
    void pointsLieInTheirCommuneAndTextIsCleanVietnamese() {
        for (JsonNode report : reports) {
            Commune commune = geography.commune(
                    report.get("extended_attributes").get("commune_code").asText());
            assertThat(commune.contains(
                            report.get("long").asDouble(), report.get("lat").asDouble()))
                    .as("%s in %s", report.get("service_request_id"), commune.fullName())
                    .isTrue();
            String description = report.get("description").asText();
            assertThat(description)
                    .doesNotContain("{", "}", "  ")
                    .isEqualTo(Normalizer.normalize(description, Normalizer.Form.NFC));
            assertThat(Character.isUpperCase(description.charAt(0))).isTrue();
            assertThat(report.get("address").asText()).contains(commune.name());
        }
        Set<String> texts = new HashSet<>();
        reports.forEach(r -> texts.add(r.get("description").asText()));
        assertThat(texts.size()).isGreaterThan(reports.size() / 2);
    }

    @Test
    void everyTemplateFillsForEveryKindOfPlace() {
        ReportTexts texts = new ReportTexts();
        ProvinceProfile profile = ProvinceProfile.load(geography);
        SplittableRandom random = new SplittableRandom(1);
        for (Commune commune : geography.inhabitedCommunes()) {
            ReportPlace place = ReportPlace.of(
                    geography, commune, DemoTestSupport.ANCHOR.atZone(Json.VN).toLocalDate(), random);
            ReportSlots.Filled filled = ReportSlots.fill(random, place, profile, texts.hamlets, 20);
            for (String template : texts.templates()) {
                assertThat(ReportTexts.fill(template, filled.slots())).doesNotContain("{");
            }
        }
    }

    private static Instant requested(JsonNode report) {
        return OffsetDateTime.parse(report.get("requested_datetime").asText()).toInstant();
    }

    private static LocalDateTime local(JsonNode report) {
        return OffsetDateTime.parse(report.get("requested_datetime").asText()).toLocalDateTime();
    }
}
