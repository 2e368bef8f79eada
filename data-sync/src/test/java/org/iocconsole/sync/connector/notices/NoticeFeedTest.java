package org.iocconsole.sync.connector.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iocconsole.sync.connector.ConnectorFixture.envelope;

import java.time.Instant;
import org.iocconsole.sync.connector.CancelHandle;
import org.iocconsole.sync.connector.ConnectorFixture;
import org.iocconsole.sync.connector.SourceConnector;
import org.iocconsole.sync.model.Contract;
import org.iocconsole.sync.model.Notice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The notices contract read from a real HTTP server: good items become notices, broken ones are named. */
class NoticeFeedTest {
    private static final String AREA = """
            {"id": "area-ngap", "kind": "area", "area_kind": "flood",
             "title": {"vi": "Vùng ngập", "en": "Flooding"},
             "polygon": [[105.84, 21.58], [105.86, 21.58], [105.86, 21.60]],
             "issued_at": "2026-09-14T00:20:00Z", "cleared_at": "2026-09-14T02:00:00Z",
             "updated_at": "2026-09-14T02:00:00Z"}""";
    private static final String MESSAGE = """
            {"id": "message-3", "kind": "message", "from": "Ban Chỉ huy", "text": {"vi": "Sơ tán"},
             "issued_at": "2026-09-14T00:30:00Z", "updated_at": "2026-09-14T00:30:00Z"}""";

    private final ConnectorFixture fixture = new ConnectorFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void readsAreasAndMessages() throws Exception {
        SourceConnector<Notice> notices = fixture.connectors.feed(fixture.source(Contract.NOTICES), NoticeFeed.SPEC);
        fixture.enqueue(200, envelope("c1", false, AREA, MESSAGE));

        var page = notices.fetch(null, null, new CancelHandle()).page();

        assertThat(page.items()).extracting(Notice::kind).containsExactly(Notice.AREA, Notice.MESSAGE);
        Notice area = page.items().get(0);
        assertThat(area.polygon()).hasSize(3);
        assertThat(area.clearedAt()).isEqualTo(Instant.parse("2026-09-14T02:00:00Z"));
        assertThat(page.items().get(1).text().in("en")).isEqualTo("Sơ tán");
        assertThat(page.items().get(1).sender()).isEqualTo("Ban Chỉ huy");
    }

    @Test
    void refusesAnAreaWithoutAPolygonAndAnUnknownKind() {
        SourceConnector<Notice> notices = fixture.connectors.feed(fixture.source(Contract.NOTICES), NoticeFeed.SPEC);
        fixture.enqueue(200, envelope("c1", false, AREA.replace("[105.86, 21.60]", "[105.86]")));
        assertThatThrownBy(() -> notices.fetch(null, null, new CancelHandle()))
                .hasMessageContaining("area-ngap")
                .hasMessageContaining("polygon");

        fixture.enqueue(200, envelope("c1", false, MESSAGE.replace("\"message\"", "\"rumour\"")));
        assertThatThrownBy(() -> notices.fetch(null, null, new CancelHandle()))
                .hasMessageContaining("kind")
                .hasMessageContaining("rumour");
    }
}
