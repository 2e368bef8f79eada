package org.iocconsole.sync.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Typed reads of one field of a {@link YamlMapping}: each returns the value, the default when the field is absent,
 * or empty after adding a problem that names the field and its line. Stateless.
 */
final class ConfigValues {

    private static final Pattern DURATION = Pattern.compile("(\\d{1,6})([smh])");

    private ConfigValues() {}

    static Optional<Integer> integer(YamlMapping map, String key, int fallback, int min, int max) {
        Optional<Node> node = map.value(key);
        Optional<String> text = map.text(key, node);
        if (text.isEmpty()) {
            return map.has(key) ? Optional.empty() : Optional.of(fallback);
        }
        String value = text.get().replace("_", "");
        if (!value.matches("-?\\d{1,9}")) {
            map.problems().add(node.get(), map.field(key), quote(text.get()) + " is not a whole number");
            return Optional.empty();
        }
        int number = Integer.parseInt(value);
        if (number < min || number > max) {
            map.problems().add(node.get(), map.field(key), number + " is out of range (" + min + " to " + max + ")");
            return Optional.empty();
        }
        return Optional.of(number);
    }

    static Optional<Boolean> bool(YamlMapping map, String key, boolean fallback) {
        Optional<Node> node = map.value(key);
        Optional<String> text = map.text(key, node);
        if (text.isEmpty()) {
            return map.has(key) ? Optional.empty() : Optional.of(fallback);
        }
        String value = text.get().toLowerCase(Locale.ROOT);
        if (value.equals("true") || value.equals("false")) {
            return Optional.of(Boolean.parseBoolean(value));
        }
        map.problems().add(node.get(), map.field(key), quote(text.get()) + " is not true or false");
        return Optional.empty();
    }

    static Optional<Duration> duration(YamlMapping map, String key, Duration fallback, Duration min, Duration max) {
        Optional<Node> node = map.value(key);
        Optional<String> text = map.text(key, node);
        if (text.isEmpty()) {
            return map.has(key) ? Optional.empty() : Optional.of(fallback);
        }
        Optional<Duration> parsed = parseDuration(text.get());
        if (parsed.isEmpty()) {
            map.problems().add(node.get(), map.field(key), quote(text.get()) + " is not a duration (use 30s, 5m, 1h)");
            return Optional.empty();
        }
        if (parsed.get().compareTo(min) < 0 || parsed.get().compareTo(max) > 0) {
            map.problems()
                    .add(
                            node.get(),
                            map.field(key),
                            text.get() + " is out of range (" + format(min) + " to " + format(max) + ")");
            return Optional.empty();
        }
        return parsed;
    }

    /** {@code 30s}, {@code 5m} or {@code 1h}. */
    static Optional<Duration> parseDuration(String text) {
        Matcher m = DURATION.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        long amount = Long.parseLong(m.group(1));
        return Optional.of(
                switch (m.group(2)) {
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    default -> Duration.ofHours(amount);
                });
    }

    static String format(Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds % 3600 == 0) {
            return seconds / 3600 + "h";
        }
        return seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
    }

    /**
     * A source URL: absolute http(s) with a host, no credentials, query or fragment; plain http only to loopback
     * unless insecure http is allowed.
     */
    static Optional<URI> url(YamlMapping map, String key, Optional<Node> node, boolean allowInsecureHttp) {
        Optional<String> text = map.text(key, node);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String field = map.field(key);
        URI url;
        try {
            url = new URI(text.get().strip());
        } catch (URISyntaxException e) {
            map.problems().add(node.get(), field, quote(text.get()) + " is not a URL (" + e.getReason() + ")");
            return Optional.empty();
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        String problem = null;
        if (!scheme.equals("https") && !scheme.equals("http")) {
            problem = quote(text.get()) + " must start with https://";
        } else if (url.getHost() == null) {
            problem = quote(text.get()) + " has no host";
        } else if (url.getRawUserInfo() != null) {
            problem = "must not hold credentials (user:password@); name a token under auth instead";
        } else if (url.getRawQuery() != null || url.getRawFragment() != null) {
            problem = "must not have a query (?...) or a fragment (#...)";
        } else if (SourceConfig.isInsecure(url) && !allowInsecureHttp) {
            problem = "plain http to " + url.getHost()
                    + " is refused; use https, or set allow-insecure-http: true (shown as insecure)";
        }
        if (problem != null) {
            map.problems().add(node.get(), field, problem);
            return Optional.empty();
        }
        return Optional.of(url);
    }

    static String quote(String text) {
        String shown = text.length() > 80 ? text.substring(0, 80) + "..." : text;
        return "\"" + shown + "\"";
    }
}
