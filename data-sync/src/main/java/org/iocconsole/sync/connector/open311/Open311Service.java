package org.iocconsole.sync.connector.open311;

/**
 * A service of the Open311 endpoint ({@code services.json}): a kind of report citizens can file. Immutable.
 *
 * @param metadata whether the service has attributes ({@link Open311Connector#serviceDefinition})
 * @param type {@code realtime}, {@code batch} or {@code blackbox}
 */
public record Open311Service(
        String code, String name, String description, boolean metadata, String type, String keywords, String group) {}
