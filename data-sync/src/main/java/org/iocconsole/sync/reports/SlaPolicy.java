package org.iocconsole.sync.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * How long an agency has to answer a citizen report, per category and agency (docs/reports-queue.md, file
 * {@code sla.yaml}): the most specific rule wins (agency and category, agency, category, default). The deadline is
 * stored as the report's {@code expected_datetime}. Immutable; thread-safe.
 */
public final class SlaPolicy {
    static final String ANY_CATEGORY = "default";

    private final Duration defaultTime;
    private final Duration atRisk;
    private final Map<String, Duration> byCategory;
    private final Map<String, Map<String, Duration>> byAgency;

    public SlaPolicy(
            Duration defaultTime,
            Duration atRisk,
            Map<String, Duration> byCategory,
            Map<String, Map<String, Duration>> byAgency) {
        this.defaultTime = requirePositive(defaultTime, "default-hours");
        this.atRisk = requirePositive(atRisk, "at-risk-hours");
        this.byCategory = Map.copyOf(byCategory);
        Map<String, Map<String, Duration>> agencies = new LinkedHashMap<>();
        byAgency.forEach((agency, rules) -> agencies.put(agency, Map.copyOf(rules)));
        this.byAgency = Map.copyOf(agencies);
    }

    /** Five working days for everything, at risk in the last day: used when no {@code sla.yaml} is given. */
    public static SlaPolicy defaults() {
        return new SlaPolicy(Duration.ofDays(5), Duration.ofDays(1), Map.of(), Map.of());
    }

    /** The time allowed for a report of a category handled by an agency (either may be null). */
    public Duration timeFor(String serviceCode, String agency) {
        Map<String, Duration> rules = agency == null ? null : byAgency.get(agency);
        if (rules != null) {
            Duration specific = serviceCode == null ? null : rules.get(serviceCode);
            if (specific != null) {
                return specific;
            }
            if (rules.containsKey(ANY_CATEGORY)) {
                return rules.get(ANY_CATEGORY);
            }
        }
        Duration category = serviceCode == null ? null : byCategory.get(serviceCode);
        return category != null ? category : defaultTime;
    }

    /** The deadline of a report received at {@code receivedAt}. */
    public Instant dueAt(Instant receivedAt, String serviceCode, String agency) {
        return receivedAt.plus(timeFor(serviceCode, agency));
    }

    /** How close to its deadline an open report counts as at risk. */
    public Duration atRisk() {
        return atRisk;
    }

    /**
     * Reads {@code sla.yaml}: {@code default-hours}, {@code at-risk-hours}, {@code categories} (service code to hours)
     * and {@code agencies} (agency to service code, or {@code default}, to hours).
     *
     * @throws IllegalArgumentException naming the file and the key when a value is not a positive number of hours
     */
    public static SlaPolicy load(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (YAMLException e) {
            throw new IllegalArgumentException(file + ": not valid YAML: " + e.getMessage(), e);
        }
        Map<?, ?> top = root == null ? Map.of() : mapping(root, file + "");
        SlaPolicy base = defaults();
        Duration defaultTime = top.containsKey("default-hours")
                ? hours(top.get("default-hours"), file + ": default-hours")
                : base.defaultTime;
        Duration atRisk = top.containsKey("at-risk-hours")
                ? hours(top.get("at-risk-hours"), file + ": at-risk-hours")
                : base.atRisk;
        Map<String, Duration> categories = new LinkedHashMap<>();
        if (top.get("categories") != null) {
            mapping(top.get("categories"), file + ": categories")
                    .forEach((code, value) ->
                            categories.put(String.valueOf(code), hours(value, file + ": categories." + code)));
        }
        Map<String, Map<String, Duration>> agencies = new LinkedHashMap<>();
        if (top.get("agencies") != null) {
            mapping(top.get("agencies"), file + ": agencies").forEach((agency, rules) -> {
                Map<String, Duration> parsed = new LinkedHashMap<>();
                String where = file + ": agencies." + agency;
                mapping(rules, where)
                        .forEach((code, value) -> parsed.put(String.valueOf(code), hours(value, where + "." + code)));
                agencies.put(String.valueOf(agency), parsed);
            });
        }
        for (Object key : top.keySet()) {
            if (!Map.of("default-hours", 1, "at-risk-hours", 1, "categories", 1, "agencies", 1)
                    .containsKey(String.valueOf(key))) {
                throw new IllegalArgumentException(file + ": " + key + ": unknown key (expected default-hours, "
                        + "at-risk-hours, categories, agencies)");
            }
        }
        return new SlaPolicy(defaultTime, atRisk, categories, agencies);
    }

    private static Map<?, ?> mapping(Object value, String where) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new IllegalArgumentException(where + ": must be a mapping");
    }

    private static Duration hours(Object value, String where) {
        if (value instanceof Number number && number.doubleValue() > 0 && number.doubleValue() <= 24 * 365) {
            return Duration.ofSeconds(Math.round(number.doubleValue() * 3600));
        }
        throw new IllegalArgumentException(where + ": must be a number of hours above 0, not " + value);
    }

    private static Duration requirePositive(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be above 0");
        }
        return value;
    }
}
