package org.iocconsole.sync.connector.open311;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.iocconsole.sync.connector.ItemRef;
import org.iocconsole.sync.connector.JsonProblems;
import org.iocconsole.sync.connector.MalformedResponseException;
import org.iocconsole.sync.connector.ResponseLimitException;

/**
 * Streams the top-level JSON arrays Open311 answers with, one element at a time, refusing the answer as soon as it
 * holds more elements than allowed. Stateless.
 */
final class Open311Arrays {

    /** Maps one element once read, knowing its place for messages. */
    @FunctionalInterface
    interface ElementMapper<D, R> {
        R map(D dto, ItemRef ref) throws MalformedResponseException;
    }

    /** Reads one element from the parser, which is on its {@code START_OBJECT}. */
    @FunctionalInterface
    interface ElementReader<D> {
        D read(JsonParser parser, ItemRef ref) throws IOException, MalformedResponseException;
    }

    private Open311Arrays() {}

    /** Elements bound to their DTO by Jackson, then mapped. */
    static <D, R> List<R> read(
            JsonParser parser, ObjectReader reader, String list, int maxItems, ElementMapper<D, R> mapper)
            throws IOException, MalformedResponseException {
        return read(parser, (p, ref) -> bind(p, reader, ref), list, maxItems, mapper);
    }

    /** Elements read by hand, then mapped. */
    static <D, R> List<R> read(
            JsonParser parser, ElementReader<D> reader, String list, int maxItems, ElementMapper<D, R> mapper)
            throws IOException, MalformedResponseException {
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            throw new MalformedResponseException("the answer must be a JSON array of " + list);
        }
        List<R> results = new ArrayList<>();
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (index >= maxItems) {
                throw new ResponseLimitException("the answer holds more than " + maxItems + " " + list);
            }
            ItemRef ref = new ItemRef(list, index, null);
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw new MalformedResponseException(ref + ": must be an object");
            }
            results.add(mapper.map(reader.read(parser, ref), ref));
            index++;
        }
        if (parser.nextToken() != null) {
            throw new MalformedResponseException("the answer holds more than one JSON value");
        }
        return results;
    }

    private static <D> D bind(JsonParser parser, ObjectReader reader, ItemRef ref)
            throws IOException, MalformedResponseException {
        try {
            return reader.readValue(parser);
        } catch (JsonMappingException e) {
            throw JsonProblems.itemProblem(ref, e);
        }
    }
}
