package org.iocconsole.sync.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.iocconsole.sync.model.Contract;
import org.yaml.snakeyaml.nodes.Node;

/** Reads one entry of {@code sources} and its {@code open311} block. Stateless apart from the problems it adds. */
final class SourceEntryReader {

    static final Duration MIN_EVERY = Duration.ofSeconds(5);
    static final Duration MAX_EVERY = Duration.ofHours(24);
    static final Duration MIN_TIMEOUT = Duration.ofSeconds(1);
    static final Duration MAX_TIMEOUT = Duration.ofMinutes(10);

    private static final String ID = "[A-Za-z0-9-]{1,64}";

    private final Path baseDir;

    SourceEntryReader(Path baseDir) {
        this.baseDir = baseDir;
    }

    /** The source, or null when it has problems (they are recorded on the mapping's {@link Problems}). */
    SourceConfig read(YamlMapping map) {
        Problems problems = map.problems();
        int before = problems.count();

        Optional<Node> idNode = map.required("id");
        String id = map.text("id", idNode).orElse(null);
        if (id != null && !id.matches(ID)) {
            problems.add(
                    idNode.get(), map.field("id"), ConfigValues.quote(id) + " may hold only letters, digits and '-'");
        }
        Optional<Node> contractNode = map.required("contract");
        Contract contract = map.text("contract", contractNode)
                .map(name -> contract(map, contractNode.get(), name))
                .orElse(null);
        boolean allowInsecure =
                ConfigValues.bool(map, "allow-insecure-http", false).orElse(false);
        URI url =
                ConfigValues.url(map, "url", map.required("url"), allowInsecure).orElse(null);
        TokenRef auth = AuthReader.read(map, baseDir);
        Duration every = ConfigValues.duration(map, "every", SourceConfig.DEFAULT_EVERY, MIN_EVERY, MAX_EVERY)
                .orElse(null);
        int pageSize = ConfigValues.integer(map, "page-size", SourceConfig.DEFAULT_PAGE_SIZE, 1, 5000)
                .orElse(0);
        Duration timeout = ConfigValues.duration(map, "timeout", SourceConfig.DEFAULT_TIMEOUT, MIN_TIMEOUT, MAX_TIMEOUT)
                .orElse(null);
        int maxMb = ConfigValues.integer(map, "max-response-mb", SourceConfig.DEFAULT_MAX_RESPONSE_MB, 1, 512)
                .orElse(0);
        Open311Options open311 = open311(map, contract);
        map.rejectUnknown();

        if (problems.count() > before) {
            return null;
        }
        return new SourceConfig(id, contract, url, auth, every, pageSize, timeout, maxMb, allowInsecure, open311);
    }

    private static Contract contract(YamlMapping map, Node node, String name) {
        try {
            return Contract.fromWire(name.strip());
        } catch (IllegalArgumentException e) {
            map.problems().add(node, map.field("contract"), e.getMessage());
            return null;
        }
    }

    private static Open311Options open311(YamlMapping source, Contract contract) {
        if (contract != Contract.OPEN311) {
            Optional<Node> node = source.value("open311");
            if (node.isPresent() && contract != null) {
                source.problems()
                        .add(node.get(), source.field("open311"), "only sources with contract open311 take this block");
            }
            return null;
        }
        if (!source.has("open311")) {
            source.value("open311");
            return Open311Options.standard();
        }
        Optional<YamlMapping> block = source.child("open311");
        if (block.isEmpty()) {
            return null;
        }
        YamlMapping map = block.get();
        String jurisdiction = map.text("jurisdiction", map.value("jurisdiction"))
                .map(String::strip)
                .orElse(null);
        Open311Options.Paging paging = paging(map);
        int history = ConfigValues.integer(
                        map, "history-days", Open311Options.DEFAULT_HISTORY_DAYS, 1, Open311Options.MAX_HISTORY_DAYS)
                .orElse(Open311Options.DEFAULT_HISTORY_DAYS);
        int refresh = ConfigValues.integer(
                        map, "refresh-days", Math.min(Open311Options.DEFAULT_REFRESH_DAYS, history), 1, history)
                .orElse(1);
        boolean extensions = ConfigValues.bool(map, "extensions", paging == Open311Options.Paging.UPDATED_AFTER)
                .orElse(false);
        map.rejectUnknown();
        return paging == null ? null : new Open311Options(jurisdiction, paging, history, refresh, extensions);
    }

    private static Open311Options.Paging paging(YamlMapping map) {
        Optional<Node> node = map.value("paging");
        Optional<String> text = map.text("paging", node);
        if (text.isEmpty()) {
            return map.has("paging") ? null : Open311Options.Paging.WINDOW;
        }
        for (Open311Options.Paging paging : Open311Options.Paging.values()) {
            if (paging.wireName().equals(text.get().strip().toLowerCase(Locale.ROOT))) {
                return paging;
            }
        }
        map.problems()
                .add(
                        node.get(),
                        map.field("paging"),
                        ConfigValues.quote(text.get()) + " is not updated-after or window");
        return null;
    }
}
