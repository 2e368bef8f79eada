package org.iocconsole.sync.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iocconsole.sync.demo.DemoTestSupport.readFeed;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The units and their lineage: provinces before and after the reform, the province's communes and their roots. */
class AdminUnitsTest {

    @Test
    void servesEveryProvinceOfBothPeriodsAndThaiNguyensCommunesWithTheirPredecessors() {
        DemoProvince demo = DemoTestSupport.sharedDemo();
        Map<String, JsonNode> units = readFeed(demo.apiUrl() + "admin-units", 500).stream()
                .collect(Collectors.toMap(u -> u.get("id").asText(), Function.identity()));

        List<JsonNode> provinces = units.values().stream()
                .filter(u -> u.get("level").asText().equals("province"))
                .toList();
        long current =
                provinces.stream().filter(p -> p.get("valid_to").isNull()).count();
        long before =
                provinces.stream().filter(p -> p.get("valid_from").isNull()).count();
        assertThat(current).isEqualTo(34);
        assertThat(before).isEqualTo(63);
        assertThat(provinces)
                .allSatisfy(p -> assertThat(p.get("geometry").isObject()).isTrue());

        JsonNode ward = units.get("commune/05443/2025-07-01");
        assertThat(ward.get("full_name").asText()).isEqualTo("Phường Phan Đình Phùng");
        assertThat(ward.get("name_en").asText()).isEqualTo("Phan Dinh Phung Ward");
        assertThat(ward.get("name_ascii").asText()).isEqualTo("Phan Dinh Phung");
        assertThat(ward.get("parent_code").asText()).isEqualTo("19");
        assertThat(ward.get("valid_from").asText()).isEqualTo("2025-07-01");
        assertThat(ward.get("valid_to").isNull()).isTrue();
        assertThat(ward.get("geometry").get("type").asText()).isEqualTo("Polygon");

        JsonNode old = units.get("commune/05458/origin");
        assertThat(old.get("full_name").asText()).isEqualTo("Phường Đồng Quang");
        assertThat(old.get("parent_code").asText()).isEqualTo("164");
        assertThat(old.get("valid_to").asText()).isEqualTo("2025-06-30");
        assertThat(old.get("geometry").isNull()).isTrue();
        assertThat(units.get("district/164/origin").get("name_en").asText()).isEqualTo("Thai Nguyen City");
        assertThat(units.get("province/19/2025-07-01").get("name_en").asText()).isEqualTo("Thai Nguyen Province");
        assertThat(units.get("province/06/origin").get("valid_to").asText()).isEqualTo("2025-06-30");
        assertThat(units.get("province/01/origin").get("name_en").asText()).isEqualTo("Hanoi");

        long communes = units.values().stream()
                .filter(u -> u.get("level").asText().equals("commune")
                        && u.get("valid_to").isNull())
                .count();
        assertThat(communes).isEqualTo(92);
    }

    @Test
    void lineageHasTheProvinceRowsAndEveryCommuneRowOfTheProvince() {
        DemoProvince demo = DemoTestSupport.sharedDemo();
        List<JsonNode> changes = readFeed(demo.apiUrl() + "admin-unit-changes", 2000);
        List<String> provinceRows = changes.stream()
                .filter(c -> c.get("level").asText().equals("province"))
                .map(c -> c.get("id").asText())
                .sorted()
                .toList();
        assertThat(provinceRows).containsExactly("province/06/19/2025-07-01", "province/19/19/2025-07-01");
        assertThat(changes)
                .filteredOn(c -> c.get("level").asText().equals("commune"))
                .hasSize(283);
        JsonNode dongQuang = changes.stream()
                .filter(c -> c.get("id").asText().equals("commune/05458/05443/2025-07-01"))
                .findFirst()
                .orElseThrow();
        assertThat(dongQuang.get("old_name").asText()).isEqualTo("Phường Đồng Quang");
        assertThat(dongQuang.get("new_name").asText()).isEqualTo("Phường Phan Đình Phùng");
        assertThat(dongQuang.get("relation").asText()).isEqualTo("full");
    }

    @ParameterizedTest
    @CsvSource({"20, 65, 20, LS", "48, 94, 48, DN", "68, 124, 68, LD"})
    void otherProvincesWork(String code, int communes, String parent, String prefix) {
        try (DemoProvince demo = DemoTestSupport.startManual(7, code)) {
            List<JsonNode> units = readFeed(demo.apiUrl() + "admin-units", 2000);
            assertThat(units)
                    .filteredOn(u -> u.get("level").asText().equals("commune")
                            && u.get("valid_to").isNull())
                    .hasSize(communes)
                    .allSatisfy(u -> assertThat(u.get("parent_code").asText()).isEqualTo(parent));
            Set<String> levels =
                    units.stream().map(u -> u.get("level").asText()).collect(Collectors.toSet());
            assertThat(levels).containsExactlyInAnyOrder("province", "district", "commune");

            JsonNode reports = DemoTestSupport.getJson(demo.open311Url() + "requests.json");
            assertThat(reports).isNotEmpty();
            assertThat(reports.get(0).get("service_request_id").asText()).startsWith(prefix + "-2026-");
            assertThat(readFeed(demo.apiUrl() + "cameras", 2000)).hasSizeGreaterThan(300);
            if (code.equals("48")) {
                assertThat(readFeed(demo.apiUrl() + "admin-unit-changes", 2000))
                        .anySatisfy(c -> assertThat(c.get("id").asText()).isEqualTo("district/498/20333/2025-07-01"));
            }
        }
    }
}
