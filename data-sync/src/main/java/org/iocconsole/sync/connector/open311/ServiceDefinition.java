package org.iocconsole.sync.connector.open311;

import java.util.List;

/** The attributes of an Open311 service ({@code services/{code}.json}). Immutable. */
public record ServiceDefinition(String serviceCode, List<Attribute> attributes) {

    public ServiceDefinition {
        attributes = List.copyOf(attributes);
    }

    /**
     * One attribute.
     *
     * @param variable false for informational attributes that take no value
     * @param datatype {@code string}, {@code number}, {@code datetime}, {@code text}, {@code singlevaluelist} or
     *     {@code multivaluelist}
     */
    public record Attribute(
            String code,
            boolean variable,
            String datatype,
            boolean required,
            String datatypeDescription,
            int order,
            String description,
            List<Value> values) {
        public Attribute {
            values = List.copyOf(values);
        }
    }

    /** A choice of a list attribute. */
    public record Value(String key, String name) {}
}
