package org.iocconsole.sync.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenResolverTest {

    private static final String SECRET = "s3cr3t-t0ken-value";

    @TempDir
    Path dir;

    @Test
    void readsTheVariableFromTheGivenEnvironment() throws Exception {
        TokenResolver resolver = new TokenResolver(Map.of("IOC_TOKEN", "  " + SECRET + "\n"));

        assertThat(resolver.resolve(new TokenRef.FromEnv("IOC_TOKEN"))).isEqualTo(SECRET);
    }

    @Test
    void readsTheFileTrimmedAndAgainOnEveryCall() throws Exception {
        Path file = dir.resolve("api.token");
        Files.writeString(file, SECRET + "\n");
        TokenResolver resolver = new TokenResolver(Map.of());
        TokenRef ref = new TokenRef.FromFile(file);

        assertThat(resolver.resolve(ref)).isEqualTo(SECRET);
        Files.writeString(file, "rotated\r\n");
        assertThat(resolver.resolve(ref)).isEqualTo("rotated");
    }

    @Test
    void resolvesRelativeFilesAgainstTheSourcesFile() throws Exception {
        Files.createDirectories(dir.resolve("secrets"));
        Files.writeString(dir.resolve("secrets/api.token"), SECRET);
        Files.writeString(dir.resolve("sources.yaml"), """
                version: 1
                sources:
                  - id: cameras
                    contract: cameras
                    url: https://ioc.example.gov.vn/api/v1/
                    auth: {token-file: secrets/api.token}
                """);

        SourcesConfig config = SourcesConfigLoader.load(dir.resolve("sources.yaml"));

        assertThat(new TokenResolver(Map.of()).resolve(config.sources().get(0).auth()))
                .isEqualTo(SECRET);
    }

    @Test
    void namesTheMissingVariableOrFileWithoutAnyToken() throws Exception {
        TokenResolver resolver = new TokenResolver(Map.of("EMPTY", "  ", "SPACED", "two words"));
        Path missing = dir.resolve("missing.token");
        Path empty = Files.writeString(dir.resolve("empty.token"), "\n");

        assertThatThrownBy(() -> resolver.resolve(new TokenRef.FromEnv("IOC_TOKEN")))
                .isInstanceOf(TokenUnavailableException.class)
                .hasMessage("environment variable IOC_TOKEN is not set");
        assertThatThrownBy(() -> resolver.resolve(new TokenRef.FromEnv("EMPTY")))
                .hasMessage("environment variable EMPTY is empty");
        assertThatThrownBy(() -> resolver.resolve(new TokenRef.FromEnv("SPACED")))
                .hasMessage("environment variable SPACED holds characters a token cannot contain (spaces, line"
                        + " breaks or non-ASCII)")
                .message()
                .doesNotContain("two words");
        assertThatThrownBy(() -> resolver.resolve(new TokenRef.FromFile(missing)))
                .hasMessage("token file " + missing + " does not exist");
        assertThatThrownBy(() -> resolver.resolve(new TokenRef.FromFile(empty)))
                .hasMessage("token file " + empty + " is empty");
        assertThatThrownBy(() -> resolver.resolve(new TokenRef.FromFile(dir)))
                .hasMessageStartingWith("token file " + dir + " cannot be read");
    }

    @Test
    void referencesNeverHoldTheToken() {
        assertThat(new TokenRef.FromEnv("IOC_TOKEN")).hasToString("FromEnv[variable=IOC_TOKEN]");
        assertThat(new TokenRef.FromEnv("IOC_TOKEN").describe()).isEqualTo("environment variable IOC_TOKEN");
    }
}
