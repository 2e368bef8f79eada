package org.iocconsole.console.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.iocconsole.console.dashboard.Kpi;
import org.iocconsole.console.syncstatus.ConnectionState;
import org.iocconsole.console.workspace.Screen;
import org.iocconsole.sync.engine.SyncPhase;
import org.iocconsole.sync.model.Camera;
import org.junit.jupiter.api.Test;

/** Both bundles hold the same keys, and every key the code asks for exists. */
class MessagesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern KEY_LITERAL =
            Pattern.compile("\"((?:common|shell|dashboard|map|cameras|reports|syncstatus)\\.[a-z0-9.-]*)\"");

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        String path = "/" + I18n.BUNDLE.replace('.', '/') + "_" + language + ".properties";
        try (InputStream in = MessagesTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndNoEmptyText() throws IOException {
        Properties vi = bundle("vi");
        Properties en = bundle("en");

        assertThat(vi.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (String key : vi.stringPropertyNames()) {
            assertThat(vi.getProperty(key)).as("vi " + key).isNotBlank();
            assertThat(en.getProperty(key)).as("en " + key).isNotBlank();
        }
    }

    @Test
    void bothLanguagesUseTheSamePlaceholdersInValidPatterns() throws IOException {
        Properties vi = bundle("vi");
        Properties en = bundle("en");
        for (String key : vi.stringPropertyNames()) {
            assertThat(placeholders(vi.getProperty(key))).as(key).isEqualTo(placeholders(en.getProperty(key)));
            for (String text : new String[] {vi.getProperty(key), en.getProperty(key)}) {
                if (!placeholders(text).isEmpty()) {
                    new MessageFormat(text);
                    assertThat(text)
                            .as(key + ": a lone apostrophe hides placeholders")
                            .doesNotContainPattern("(?<!')'(?!')");
                }
            }
        }
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> keys = bundle("vi").stringPropertyNames();
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                Matcher matcher = KEY_LITERAL.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!matcher.group(1).endsWith(".css")) {
                        named.add(matcher.group(1));
                    }
                }
            }
        }
        assertThat(named).isNotEmpty();
        for (String key : named) {
            if (key.endsWith(".")) {
                assertThat(keys).as("keys under " + key).anyMatch(k -> k.startsWith(key));
            } else {
                assertThat(keys).as(key).contains(key);
            }
        }
    }

    @Test
    void everyKeyBuiltFromAnEnumExists() throws IOException {
        Set<String> keys = bundle("vi").stringPropertyNames();
        for (SyncPhase phase : SyncPhase.values()) {
            assertThat(keys)
                    .contains("syncstatus.phase."
                            + phase.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        for (ConnectionState state : ConnectionState.values()) {
            assertThat(keys).contains("shell.status.connection." + state.name().toLowerCase(Locale.ROOT));
        }
        for (Screen screen : Screen.values()) {
            assertThat(keys).contains(screen.navKey());
        }
        for (Language language : Language.values()) {
            assertThat(keys).contains("shell.language." + language.locale().getLanguage());
        }
        for (Kpi kpi : Kpi.values()) {
            assertThat(keys).contains(kpi.labelKey(), kpi.section().titleKey());
        }
        for (Camera.Status status : Camera.Status.values()) {
            assertThat(keys).contains("cameras.status." + status.wireName(), "cameras.count." + status.wireName());
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
