package org.iocconsole.sync.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The demo's indicator catalog, read from {@code indicators.yaml}, and its {@code indicators} feed. */
final class IndicatorCatalog {
    /** The catalog was reorganised with the provinces. */
    static final Instant EDITED = Instant.parse("2025-07-05T01:00:00Z");

    final List<IndicatorDef> indicators;

    @SuppressWarnings("unchecked")
    IndicatorCatalog() {
        Map<String, Object> root;
        try (InputStream in = VnResources.open("indicators.yaml")) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read indicators.yaml", e);
        }
        Map<String, List<Number>> seasons = (Map<String, List<Number>>) root.get("seasons");
        List<IndicatorDef> defs = new ArrayList<>();
        for (Map<String, Object> entry : (List<Map<String, Object>>) root.get("indicators")) {
            List<Number> season = seasons.get((String) entry.get("season"));
            double[] factors = new double[12];
            for (int i = 0; i < 12; i++) {
                factors[i] = season.get(i).doubleValue();
            }
            defs.add(new IndicatorDef(
                    (String) entry.get("code"),
                    (String) entry.get("vi"),
                    (String) entry.get("en"),
                    (String) entry.get("category"),
                    (String) entry.get("unit"),
                    (String) entry.get("direction"),
                    (String) entry.get("periodicity"),
                    number(entry.get("target")),
                    number(entry.get("warning")),
                    number(entry.get("critical")),
                    (String) entry.get("kind"),
                    number(entry.get("base")),
                    number(entry.get("trend")),
                    number(entry.get("noise")),
                    factors,
                    Boolean.TRUE.equals(entry.get("covid")),
                    entry.containsKey("decimals") ? (Integer) entry.get("decimals") : defaultDecimals(entry),
                    entry.containsKey("min") ? number(entry.get("min")) : 0,
                    entry.containsKey("max") ? number(entry.get("max")) : Double.MAX_VALUE,
                    Boolean.TRUE.equals(entry.get("communes")),
                    Boolean.TRUE.equals(entry.get("school_months"))));
        }
        indicators = List.copyOf(defs);
    }

    FeedStore feed(ObjectMapper mapper) {
        FeedStore feed = new FeedStore();
        for (IndicatorDef def : indicators) {
            ObjectNode item = mapper.createObjectNode()
                    .put("code", def.code())
                    .put("name_vi", def.nameVi())
                    .put("name_en", def.nameEn())
                    .put("category", def.category())
                    .put("unit", def.unit())
                    .put("direction", def.direction())
                    .put("periodicity", def.periodicity())
                    .put("target", def.target())
                    .put("warning", def.warning())
                    .put("critical", def.critical())
                    .put("updated_at", Json.utc(EDITED));
            if ("level".equals(def.kind())) {
                item.put("aggregation", "last");
            }
            feed.load(def.code(), EDITED, () -> Json.bytes(mapper, item));
        }
        return feed;
    }

    private static int defaultDecimals(Map<String, Object> entry) {
        return switch ((String) entry.get("kind")) {
            case "count", "level" -> 0;
            case "growth" -> 2;
            default -> 1;
        };
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
