package org.iocconsole.sync.connector;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Collection;

/**
 * Jackson's errors in words an operator understands ({@code received: "abc" is not a whole number}), and the reader
 * settings every DTO is read with. Stateless.
 */
public final class JsonProblems {

    private JsonProblems() {}

    /**
     * A reader for a DTO type that ignores fields it does not know (contracts grow) and refuses {@code 12.5} for a
     * whole number instead of cutting it to 12.
     */
    public static ObjectReader dtoReader(ObjectMapper mapper, Class<?> type) {
        return mapper.readerFor(type)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }

    /**
     * The problem of an item that failed to bind, as a {@link MalformedResponseException}. Jackson wraps stream errors
     * met inside an item (truncation, size limit, broken syntax); those are rethrown as they are, to be classified as
     * such.
     */
    public static MalformedResponseException itemProblem(ItemRef ref, JsonMappingException e) throws IOException {
        if (e.getCause() instanceof IOException io) {
            throw io;
        }
        return new MalformedResponseException(ref + ": " + describeField(e));
    }

    /** A syntax error with its place in the document. */
    public static String describe(JsonProcessingException e) {
        String text = ServerMessages.sanitize(String.valueOf(e.getOriginalMessage()));
        JsonLocation at = e.getLocation();
        if (at != null && at.getLineNr() > 0) {
            text += " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        }
        return text;
    }

    /** A type error inside an item: the field's path and what it should have been. */
    public static String describeField(JsonMappingException e) {
        String path = path(e);
        String prefix = path.isEmpty() ? "" : path + ": ";
        if (e instanceof InvalidFormatException invalid) {
            return prefix + "\"" + ServerMessages.sanitize(String.valueOf(invalid.getValue())) + "\" is not "
                    + kind(invalid.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return prefix + "must be " + kind(mismatch.getTargetType());
        }
        return prefix + ServerMessages.sanitize(String.valueOf(e.getOriginalMessage()));
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String kind(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class || type == BigDecimal.class || type == Number.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }
}
