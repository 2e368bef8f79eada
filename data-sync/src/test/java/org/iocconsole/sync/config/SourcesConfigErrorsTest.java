package org.iocconsole.sync.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every validation error names the file, the line and the field. */
class SourcesConfigErrorsTest {

    /** Two sources; the second one's fields are replaced by the parameterised tests (lines 7 to 9). */
    private static final String TEMPLATE = """
            version: 1
            sources:
              - id: reports
                contract: open311
                url: https://ioc.example.gov.vn/open311/v2/
              - id: cameras
                contract: cameras
                url: https://ioc.example.gov.vn/api/v1/
                %s
            """;

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "every: 5 minutes|9|sources[1].every: \"5 minutes\" is not a duration (use 30s, 5m, 1h)",
                "every: 2s|9|sources[1].every: 2s is out of range (5s to 24h)",
                "every: 25h|9|sources[1].every: 25h is out of range (5s to 24h)",
                "every: 30|9|sources[1].every: \"30\" is not a duration (use 30s, 5m, 1h)",
                "timeout: 0s|9|sources[1].timeout: 0s is out of range (1s to 10m)",
                "page-size: 0|9|sources[1].page-size: 0 is out of range (1 to 5000)",
                "page-size: 5001|9|sources[1].page-size: 5001 is out of range (1 to 5000)",
                "page-size: many|9|sources[1].page-size: \"many\" is not a whole number",
                "max-response-mb: 513|9|sources[1].max-response-mb: 513 is out of range (1 to 512)",
                "allow-insecure-http: yes|9|sources[1].allow-insecure-http: \"yes\" is not true or false",
                "evry: 5m|9|sources[1].evry: unknown field (known: id, contract, allow-insecure-http, url, auth,"
                        + " every, page-size, timeout, max-response-mb, open311)",
                "every:|9|sources[1].every: has no value",
                "every: [5m]|9|sources[1].every: must be a single value, not a block or a list",
                "open311: {paging: window}|9|sources[1].open311: only sources with contract open311 take this block",
                "auth: {token-env: A, token-file: b}|9|sources[1].auth.token-file: give token-env or token-file,"
                        + " not both",
                "auth: {}|9|sources[1].auth: needs token-env or token-file",
                "auth: {token-env: 'A B'}|9|sources[1].auth.token-env: \"A B\" is not an environment variable name",
                "auth: {token: abc}|9|sources[1].auth.token: unknown field (known: token-env, token-file)",
                "auth: abc|9|sources[1].auth: must be a block of fields (name: value)",
                "id: other|9|sources[1].id: appears twice (first on line 6)",
            })
    void namesLineAndField(String line, int expectedLine, String expected) throws IOException {
        ConfigException e = load(TEMPLATE.formatted(line));

        assertThat(e.getMessage()).contains("sources.yaml:" + expectedLine + ": " + expected);
        assertThat(e.line()).isEqualTo(expectedLine);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ftp://ioc.example.gov.vn/|\"ftp://ioc.example.gov.vn/\" must start with https://",
                "ioc.example.gov.vn/api|\"ioc.example.gov.vn/api\" must start with https://",
                "https://ioc example/|\"https://ioc example/\" is not a URL (Illegal character in authority)",
                "https:///api/|\"https:///api/\" has no host",
                "https://user:pw@ioc.example.gov.vn/|must not hold credentials (user:password@); name a token under"
                        + " auth instead",
                "https://ioc.example.gov.vn/api?key=1|must not have a query (?...) or a fragment (#...)",
                "http://ioc.example.gov.vn/api/|plain http to ioc.example.gov.vn is refused; use https, or set"
                        + " allow-insecure-http: true (shown as insecure)",
                "http://127.0.0.1.example.com/|plain http to 127.0.0.1.example.com is refused; use https, or set"
                        + " allow-insecure-http: true (shown as insecure)",
            })
    void checksUrls(String url, String expected) throws IOException {
        ConfigException e = load("""
                version: 1
                sources:
                  - id: cameras
                    contract: cameras
                    url: "%s"
                """.formatted(url));

        assertThat(e.getMessage()).endsWith("sources.yaml:5: sources[0].url: " + expected);
    }

    @Test
    void namesUnknownContractsWithTheKnownOnes() throws IOException {
        ConfigException e = load(TEMPLATE.formatted("").replace("contract: cameras", "contract: camera"));

        assertThat(e.getMessage())
                .endsWith("sources.yaml:7: sources[1].contract: unknown contract \"camera\" (known: open311,"
                        + " admin-units, unit-changes, indicators, observations, dossier-stats, document-stats,"
                        + " cameras, facilities, notices)");
    }

    @Test
    void rejectsDuplicateIdsNamingTheFirst() throws IOException {
        ConfigException e = load(TEMPLATE.formatted("").replace("id: cameras", "id: reports"));

        assertThat(e.getMessage())
                .endsWith("sources.yaml:6: sources[1].id: \"reports\" is already the id of sources[0] (line 3)");
    }

    @Test
    void rejectsBadIds() throws IOException {
        ConfigException e = load(TEMPLATE.formatted("").replace("id: cameras", "id: cam_eras"));

        assertThat(e.getMessage())
                .endsWith("sources.yaml:6: sources[1].id: \"cam_eras\" may hold only letters, digits and '-'");
    }

    @Test
    void namesMissingRequiredFieldsAtTheirEntry() throws IOException {
        ConfigException e = load("""
                version: 1
                sources:
                  - id: cameras
                    contract: cameras
                  - url: https://x.example/
                """);

        assertThat(e.getMessage())
                .isEqualTo(String.join(
                        "\n",
                        file() + ":3: sources[0].url: is missing (required)",
                        file() + ":5: sources[1].id: is missing (required)",
                        file() + ":5: sources[1].contract: is missing (required)"));
    }

    @Test
    void checksTheOpen311Block() throws IOException {
        ConfigException e = load("""
                version: 1
                sources:
                  - id: reports
                    contract: open311
                    url: https://ioc.example.gov.vn/open311/v2/
                    open311:
                      paging: updated_after
                      history-days: 60
                      refresh-days: 90
                      extension: true
                """);

        assertThat(e.getMessage())
                .isEqualTo(String.join(
                        "\n",
                        file() + ":7: sources[0].open311.paging: \"updated_after\" is not updated-after or window",
                        file() + ":9: sources[0].open311.refresh-days: 90 is out of range (1 to 60)",
                        file() + ":10: sources[0].open311.extension: unknown field (known: jurisdiction, paging,"
                                + " history-days, refresh-days, extensions)"));
    }

    @Test
    void checksTheTopLevel() throws IOException {
        assertThat(load("sources: []\n").getMessage())
                .isEqualTo(String.join(
                        "\n", file() + ":1: version: is missing (required)", file() + ":1: sources: lists no source"));
        assertThat(load("version: 2\nsources: nothing\nsauces: []\n").getMessage())
                .isEqualTo(String.join(
                        "\n",
                        file() + ":1: version: 2 is not supported (this console reads 1)",
                        file() + ":2: sources: must be a list of sources (each starting with '- id:')",
                        file() + ":3: sauces: unknown field (known: version, sources, outbox)"));
        assertThat(load("- just\n- a list\n").getMessage())
                .isEqualTo(file() + ":1: must be a block of fields (name: value)");
    }

    @Test
    void checksTheOutbox() throws IOException {
        ConfigException e = load(TEMPLATE.formatted("") + """
                outbox:
                  auth: {token-env: IOC_TOKEN}
                  retries: 3
                """);

        assertThat(e.getMessage())
                .isEqualTo(String.join(
                        "\n",
                        file() + ":10: outbox.url: is missing (required)",
                        file() + ":12: outbox.retries: unknown field (known: allow-insecure-http, url, auth,"
                                + " timeout)"));
        assertThat(load(TEMPLATE.formatted("") + "outbox: {url: 'http://10.1.1.1/api/'}\n")
                        .getMessage())
                .endsWith(":10: outbox.url: plain http to 10.1.1.1 is refused; use https, or set"
                        + " allow-insecure-http: true (shown as insecure)");
    }

    @Test
    void reportsYamlSyntaxErrorsWithTheirLine() throws IOException {
        ConfigException e = load("version: 1\nsources:\n  - id: a\n    contract: [cameras\n");

        assertThat(e.line()).isEqualTo(5);
        assertThat(e.getMessage()).startsWith(file() + ":5: not valid YAML: ");
    }

    @Test
    void reportsAnEmptyOrMissingFile() throws IOException {
        assertThat(load("# nothing yet\n").getMessage()).isEqualTo(file() + ": the file is empty");

        Path missing = dir.resolve("absent.yaml");
        assertThatThrownBy(() -> SourcesConfigLoader.load(missing))
                .isInstanceOf(ConfigException.class)
                .hasMessage(missing + ": the file does not exist");
    }

    private String file() {
        return dir.resolve("sources.yaml").toString();
    }

    private ConfigException load(String text) throws IOException {
        Path file = dir.resolve("sources.yaml");
        Files.writeString(file, text);
        try {
            SourcesConfigLoader.load(file);
        } catch (ConfigException e) {
            assertThat(e.file()).isEqualTo(file.toString());
            return e;
        }
        throw new AssertionError("expected a ConfigException");
    }
}
