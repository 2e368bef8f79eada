package org.iocconsole.sync.engine;

import java.time.Duration;
import org.iocconsole.sync.model.Contract;

/**
 * A configured source as the user sees it.
 *
 * @param url the source URL without credentials
 * @param insecure whether it is read over plain HTTP off loopback (allowed only by an explicit setting)
 * @param every how often it is synced; figures of a source older than a few of its periods are stale
 */
public record SourceSummary(String sourceId, Contract contract, String url, boolean insecure, Duration every) {}
