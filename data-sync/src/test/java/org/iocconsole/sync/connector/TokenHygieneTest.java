package org.iocconsole.sync.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.iocconsole.sync.config.SourceConfig;
import org.iocconsole.sync.model.Contract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The token is sent, and appears nowhere else: not in messages, exceptions, configuration text or logs. */
class TokenHygieneTest {

    private final ConnectorFixture fixture = new ConnectorFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aTokenEchoedByTheServerIsRedacted() {
        SourceConfig source = fixture.source(Contract.CAMERAS);
        try (CapturedLogs logs = new CapturedLogs()) {
            fixture.enqueue(
                    401,
                    "{\"error\": \"unauthorized\", \"message\": \"Bearer " + ConnectorFixture.TOKEN
                            + " is not valid\"}");
            fixture.enqueue(500, "[{\"code\": 500, \"description\": \"crashed on " + ConnectorFixture.TOKEN + "\"}]");
            fixture.enqueue(200, "{\"items\": [], \"has_more\": false, \"next_cursor\": 5" + ConnectorFixture.TOKEN);

            SourceException unauthorized = fail(source);
            SourceException crashed = fail(source);
            SourceException garbled = fail(source);

            assertThat(fixture.take().getHeaders().get("Authorization")).endsWith(ConnectorFixture.TOKEN);
            assertThat(unauthorized).hasMessageContaining("Bearer [token] is not valid");
            assertThat(crashed).hasMessageContaining("crashed on [token]");
            for (SourceException e : new SourceException[] {unauthorized, crashed, garbled}) {
                assertThat(everything(e)).doesNotContain(ConnectorFixture.TOKEN);
            }
            assertThat(logs.text()).doesNotContain(ConnectorFixture.TOKEN);
        }
        assertThat(source.toString()).doesNotContain(ConnectorFixture.TOKEN);
    }

    @Test
    void successfulFetchesLogNoToken() throws Exception {
        try (CapturedLogs logs = new CapturedLogs()) {
            fixture.enqueue(200, ConnectorFixture.envelope("c1", false, ApiExamples.CAMERA));

            fixture.connectors.create(fixture.source(Contract.CAMERAS)).fetch(null, null, new CancelHandle());

            assertThat(logs.text()).contains("Source cameras: 1 rows").doesNotContain(ConnectorFixture.TOKEN);
        }
    }

    private SourceException fail(SourceConfig source) {
        return catchThrowableOfType(
                SourceException.class, () -> fixture.connectors.create(source).fetch(null, null, new CancelHandle()));
    }

    /** The exception as a log would print it: messages and stack traces of the whole cause chain. */
    private static String everything(Throwable e) {
        StringWriter text = new StringWriter();
        e.printStackTrace(new PrintWriter(text));
        return text + String.valueOf(e);
    }
}
