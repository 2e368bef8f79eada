package org.iocconsole.sync.agent;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.iocconsole.sync.config.Open311Options;
import org.iocconsole.sync.config.OutboxConfig;
import org.iocconsole.sync.config.SourceConfig;
import org.iocconsole.sync.config.SourcesConfig;
import org.iocconsole.sync.config.SourcesConfigLoader;
import org.iocconsole.sync.model.Contract;

/**
 * The sources of the embedded demo province: every contract, on loopback, on schedules short enough that a running
 * console sees the province change.
 */
public final class DemoSources {
    private DemoSources() {}

    /**
     * @param apiUrl the demo's API root ({@code http://127.0.0.1:PORT/api/v1/})
     * @param open311Url the demo's GeoReport v2 root
     */
    public static SourcesConfig of(String apiUrl, String open311Url) {
        URI api = URI.create(apiUrl);
        List<SourceConfig> sources = List.of(
                SourceConfig.of("reports", Contract.OPEN311, URI.create(open311Url))
                        .withOpen311(Open311Options.incremental())
                        .withPageSize(1000)
                        .withEvery(Duration.ofSeconds(15)),
                feed("cameras", Contract.CAMERAS, api, Duration.ofSeconds(30)),
                feed("indicators", Contract.INDICATORS, api, Duration.ofMinutes(10)),
                feed("observations", Contract.OBSERVATIONS, api, Duration.ofMinutes(1)),
                feed("dossier-stats", Contract.DOSSIER_STATS, api, Duration.ofMinutes(1)),
                feed("document-stats", Contract.DOCUMENT_STATS, api, Duration.ofMinutes(1)),
                feed("facilities", Contract.FACILITIES, api, Duration.ofMinutes(30)),
                feed("admin-units", Contract.ADMIN_UNITS, api, Duration.ofHours(1)),
                feed("unit-changes", Contract.UNIT_CHANGES, api, Duration.ofHours(1)),
                feed("notices", Contract.NOTICES, api, Duration.ofSeconds(15)));
        return new SourcesConfig(SourcesConfigLoader.VERSION, sources, OutboxConfig.of(api, null));
    }

    private static SourceConfig feed(String id, Contract contract, URI api, Duration every) {
        return SourceConfig.of(id, contract, api).withPageSize(2000).withEvery(every);
    }
}
