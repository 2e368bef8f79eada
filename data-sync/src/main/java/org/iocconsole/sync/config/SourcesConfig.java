package org.iocconsole.sync.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole {@code sources.yaml}: the sources in file order and the optional outbox. Immutable; built by
 * {@link SourcesConfigLoader} or in code.
 *
 * @param outbox where operator actions go, or null: actions then wait in the local outbox
 */
public record SourcesConfig(int version, List<SourceConfig> sources, OutboxConfig outbox) {

    public SourcesConfig {
        sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
    }

    /** The source with that id. */
    public Optional<SourceConfig> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
