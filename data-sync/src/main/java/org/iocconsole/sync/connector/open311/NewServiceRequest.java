package org.iocconsole.sync.connector.open311;

import java.util.Map;
import java.util.Objects;

/**
 * A report to file with {@code POST requests.json}. Give a position, an address or an address id. Immutable.
 *
 * @param attributes values of the service's attributes by code, sent as {@code attribute[code]}
 */
public record NewServiceRequest(
        String serviceCode,
        Double lat,
        Double lon,
        String addressString,
        String addressId,
        String description,
        String mediaUrl,
        String email,
        String firstName,
        String lastName,
        String phone,
        Map<String, String> attributes) {

    public NewServiceRequest {
        Objects.requireNonNull(serviceCode, "serviceCode");
        if ((lat == null) != (lon == null)) {
            throw new IllegalArgumentException("give both lat and lon, or neither");
        }
        if (lat == null && addressString == null && addressId == null) {
            throw new IllegalArgumentException("a request needs a position, an address or an address id");
        }
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
