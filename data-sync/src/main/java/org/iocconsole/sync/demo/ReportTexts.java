package org.iocconsole.sync.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The wording of generated reports ({@code report-texts.yaml}): templates with slots, and resolution notes. */
final class ReportTexts {
    private static final Pattern SLOT = Pattern.compile("\\{([a-z_]+)}");

    /** Small fixes where a slot's preposition reads badly after the template's own word. */
    private static final Map<String, String> SMOOTHING = Map.of(
            "đoạn ở ", "đoạn qua ",
            "Khu vực ở ", "Khu vực ",
            "nút giao trước số nhà", "nút giao gần số nhà",
            "nút giao ở ", "nút giao gần ");

    private record Wording(List<String> descriptions, List<String> resolutions) {}

    final List<String> hamlets;
    private final Map<String, Wording> byService = new HashMap<>();

    @SuppressWarnings("unchecked")
    ReportTexts() {
        Map<String, Object> root;
        try (InputStream in = VnResources.open("report-texts.yaml")) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report-texts.yaml", e);
        }
        hamlets = List.copyOf((List<String>) root.get("hamlets"));
        Map<String, Map<String, List<String>>> services = (Map<String, Map<String, List<String>>>) root.get("services");
        for (ReportService service : ReportService.ALL) {
            Map<String, List<String>> wording = services.get(service.code());
            if (wording == null) {
                throw new IllegalStateException("report-texts.yaml has no wording for " + service.code());
            }
            byService.put(
                    service.code(),
                    new Wording(List.copyOf(wording.get("descriptions")), List.copyOf(wording.get("resolutions"))));
        }
    }

    /** Every description template, for checks. */
    List<String> templates() {
        return byService.values().stream()
                .flatMap(w -> w.descriptions().stream())
                .toList();
    }

    String describe(ReportService service, Map<String, String> slots, SplittableRandom random) {
        return fill(DemoRandom.pick(random, byService.get(service.code()).descriptions()), slots);
    }

    String resolution(ReportService service, SplittableRandom random) {
        return DemoRandom.pick(random, byService.get(service.code()).resolutions());
    }

    static String fill(String template, Map<String, String> slots) {
        Matcher matcher = SLOT.matcher(template);
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            String value = slots.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("no value for slot {" + matcher.group(1) + "} in: " + template);
            }
            matcher.appendReplacement(text, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(text);
        String filled = text.toString();
        for (Map.Entry<String, String> fix : SMOOTHING.entrySet()) {
            filled = filled.replace(fix.getKey(), fix.getValue());
        }
        return capitalise(filled);
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
