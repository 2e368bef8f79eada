package org.iocconsole.sync.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.iocconsole.sync.model.Contract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesConfigLoaderTest {

    private static final String DOCUMENTED = """
            # Sources of one province's IOC Console. Tokens never appear here: say where each one comes from.
            version: 1
            sources:
              - id: reports                     # unique, letters, digits and '-'
                contract: open311               # see docs/api/README.md
                url: https://ioc.example.gov.vn/open311/v2/
                auth:
                  token-env: IOC_REPORTS_TOKEN  # or: token-file: /etc/ioc-console/reports.token (mode 600)
                every: 30s                      # schedule: s, m or h
                page-size: 500
                timeout: 20s
                max-response-mb: 32
                open311:
                  jurisdiction: example.gov.vn
                  paging: updated-after         # extension; or: window (standard servers)
                  history-days: 365
                  refresh-days: 30
              - id: cameras
                contract: cameras
                url: https://ioc.example.gov.vn/api/v1/
                auth:
                  token-file: /etc/ioc-console/api.token
                every: 1m
              - id: indicators
                contract: indicators
                url: https://ioc.example.gov.vn/api/v1
                auth:
                  token-file: secrets/api.token
                every: 1h
            outbox:
              url: https://ioc.example.gov.vn/api/v1/
              auth:
                token-file: /etc/ioc-console/api.token
            """;

    @TempDir
    Path dir;

    @Test
    void readsTheDocumentedExample() throws Exception {
        SourcesConfig config = SourcesConfigLoader.load(write(DOCUMENTED));

        assertThat(config.version()).isEqualTo(1);
        assertThat(config.sources()).extracting(SourceConfig::id).containsExactly("reports", "cameras", "indicators");

        SourceConfig reports = config.source("reports").orElseThrow();
        assertThat(reports.contract()).isEqualTo(Contract.OPEN311);
        assertThat(reports.url()).isEqualTo(URI.create("https://ioc.example.gov.vn/open311/v2/"));
        assertThat(reports.auth()).isEqualTo(new TokenRef.FromEnv("IOC_REPORTS_TOKEN"));
        assertThat(reports.every()).isEqualTo(Duration.ofSeconds(30));
        assertThat(reports.pageSize()).isEqualTo(500);
        assertThat(reports.timeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(reports.maxResponseBytes()).isEqualTo(32L * 1024 * 1024);
        assertThat(reports.insecure()).isFalse();
        assertThat(reports.open311())
                .isEqualTo(new Open311Options("example.gov.vn", Open311Options.Paging.UPDATED_AFTER, 365, 30, true));

        SourceConfig cameras = config.source("cameras").orElseThrow();
        assertThat(cameras.auth()).isEqualTo(new TokenRef.FromFile(Path.of("/etc/ioc-console/api.token")));
        assertThat(cameras.every()).isEqualTo(Duration.ofMinutes(1));
        assertThat(cameras.pageSize()).isEqualTo(SourceConfig.DEFAULT_PAGE_SIZE);
        assertThat(cameras.timeout()).isEqualTo(SourceConfig.DEFAULT_TIMEOUT);
        assertThat(cameras.open311()).isNull();

        SourceConfig indicators = config.source("indicators").orElseThrow();
        assertThat(indicators.url()).hasToString("https://ioc.example.gov.vn/api/v1/");
        assertThat(indicators.auth()).isEqualTo(new TokenRef.FromFile(dir.resolve("secrets/api.token")));

        assertThat(config.outbox().url()).hasToString("https://ioc.example.gov.vn/api/v1/");
        assertThat(config.outbox().auth()).isEqualTo(new TokenRef.FromFile(Path.of("/etc/ioc-console/api.token")));
    }

    @Test
    void appliesDefaults() throws Exception {
        SourcesConfig config = SourcesConfigLoader.load(write("""
                version: 1
                sources:
                  - id: reports
                    contract: open311
                    url: https://ioc.example.gov.vn/open311/v2/
                """));

        SourceConfig source = config.sources().get(0);
        assertThat(source.auth()).isNull();
        assertThat(source.every()).isEqualTo(Duration.ofMinutes(5));
        assertThat(source.pageSize()).isEqualTo(500);
        assertThat(source.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(source.maxResponseMb()).isEqualTo(32);
        assertThat(source.allowInsecureHttp()).isFalse();
        assertThat(source.open311()).isEqualTo(Open311Options.standard());
        assertThat(config.outbox()).isNull();
    }

    @Test
    void acceptsPlainHttpOnLoopbackAndWhenAllowed() throws Exception {
        SourcesConfig config = SourcesConfigLoader.load(write("""
                version: 1
                sources:
                  - {id: a, contract: cameras, url: "http://127.0.0.1:8080/api/"}
                  - {id: b, contract: cameras, url: "http://127.4.5.6/api/"}
                  - {id: c, contract: cameras, url: "http://localhost/api/"}
                  - {id: d, contract: cameras, url: "http://[::1]:9000/api/"}
                  - {id: e, contract: cameras, url: "http://10.0.0.8/api/", allow-insecure-http: true}
                """));

        assertThat(config.sources())
                .extracting(SourceConfig::insecure)
                .containsExactly(false, false, false, false, true);
    }

    @Test
    void reportsEveryProblemTogetherInLineOrder() throws Exception {
        ConfigException e = load("""
                version: 1
                sources:
                  - id: a
                    contract: cameras
                    url: https://x.example/
                    page-size: 0
                  - id: b
                    contract: cameras
                    url: https://x.example/
                    timeout: forever
                """);

        assertThat(e.problems()).hasSize(2);
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.field()).isEqualTo("sources[0].page-size");
        assertThat(e.getMessage())
                .contains("sources.yaml:6: sources[0].page-size: 0 is out of range (1 to 5000)")
                .contains("\n")
                .contains("sources.yaml:10: sources[1].timeout: \"forever\" is not a duration (use 30s, 5m, 1h)");
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("sources.yaml");
        Files.writeString(file, text);
        return file;
    }

    private ConfigException load(String text) throws IOException {
        Path file = write(text);
        try {
            SourcesConfigLoader.load(file);
        } catch (ConfigException e) {
            assertThat(e.file()).isEqualTo(file.toString());
            return e;
        }
        throw new AssertionError("expected a ConfigException");
    }
}
