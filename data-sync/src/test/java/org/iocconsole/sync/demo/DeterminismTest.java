package org.iocconsole.sync.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The same seed and anchor give byte-identical answers; another seed gives another province life. */
class DeterminismTest {
    private static final List<String> PATHS = List.of(
            "api/v1/admin-units?limit=2000",
            "api/v1/admin-unit-changes?limit=2000",
            "api/v1/indicators",
            "api/v1/observations?limit=2000",
            "api/v1/dossier-stats?limit=2000",
            "api/v1/document-stats?limit=2000",
            "api/v1/cameras?limit=2000",
            "api/v1/facilities?limit=2000",
            "api/v1/cameras/CAM-0007/snapshot.jpg",
            "open311/v2/services.json",
            "open311/v2/requests.json?extensions=true",
            "open311/v2/requests.json?extensions=true&updated_after=2026-01-01T00:00:00Z&page_size=1000");

    @Test
    void theSameSeedAndAnchorGiveIdenticalBodies() {
        DemoProvince first = DemoTestSupport.sharedDemo();
        try (DemoProvince second = DemoTestSupport.startManual(42, "19")) {
            for (String path : PATHS) {
                DemoTestSupport.Answer a = DemoTestSupport.get(first.baseUrl() + path);
                DemoTestSupport.Answer b = DemoTestSupport.get(second.baseUrl() + path);
                assertThat(a.status()).as(path).isEqualTo(200);
                assertThat(b.body()).as(path).isEqualTo(a.body());
            }
        }
    }

    @Test
    void anotherSeedGivesOtherReportsCamerasAndFiguresOnTheSameMap() {
        DemoProvince first = DemoTestSupport.sharedDemo();
        try (DemoProvince other = DemoTestSupport.startManual(43, "19")) {
            for (String path : List.of(
                    "open311/v2/requests.json", "api/v1/cameras?limit=2000", "api/v1/observations?limit=2000")) {
                assertThat(DemoTestSupport.get(other.baseUrl() + path).body())
                        .as(path)
                        .isNotEqualTo(
                                DemoTestSupport.get(first.baseUrl() + path).body());
            }
            assertThat(DemoTestSupport.get(other.baseUrl() + "api/v1/admin-units?limit=2000")
                            .body())
                    .isEqualTo(DemoTestSupport.get(first.baseUrl() + "api/v1/admin-units?limit=2000")
                            .body());
        }
    }
}
