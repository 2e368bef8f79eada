package org.iocconsole.sync.connector.open311;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.iocconsole.sync.connector.ItemRef;
import org.iocconsole.sync.connector.MalformedResponseException;

/**
 * Reads one service request into its {@link RequestDto} by hand from a streaming parser: requests are the largest
 * feed (tens of thousands per sync), and this is several times faster than data binding, especially before the JIT
 * has warmed up. Coerces scalars to text as data binding would, refuses objects or lists where text is expected
 * (naming the field), and skips unknown fields. Stateless.
 */
final class RequestJsonReader {

    private RequestJsonReader() {}

    /** Reads the object the parser is on ({@code START_OBJECT}) up to its {@code END_OBJECT}. */
    static RequestDto read(JsonParser p, ItemRef ref) throws IOException, MalformedResponseException {
        String id = null, status = null, statusNotes = null, serviceName = null, serviceCode = null;
        String description = null, agency = null, notice = null, requested = null, updated = null;
        String expected = null, address = null, addressId = null, zipcode = null, mediaUrl = null;
        Object lat = null, lon = null;
        RequestDto.Extended extended = null;
        for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
            p.nextToken();
            switch (field) {
                case "service_request_id" -> id = text(p, ref, field);
                case "status" -> status = text(p, ref, field);
                case "status_notes" -> statusNotes = text(p, ref, field);
                case "service_name" -> serviceName = text(p, ref, field);
                case "service_code" -> serviceCode = text(p, ref, field);
                case "description" -> description = text(p, ref, field);
                case "agency_responsible" -> agency = text(p, ref, field);
                case "service_notice" -> notice = text(p, ref, field);
                case "requested_datetime" -> requested = text(p, ref, field);
                case "updated_datetime" -> updated = text(p, ref, field);
                case "expected_datetime" -> expected = text(p, ref, field);
                case "address" -> address = text(p, ref, field);
                case "address_id" -> addressId = text(p, ref, field);
                case "zipcode" -> zipcode = text(p, ref, field);
                case "lat" -> lat = coordinate(p);
                case "long" -> lon = coordinate(p);
                case "media_url" -> mediaUrl = text(p, ref, field);
                case "extended_attributes" -> extended = extended(p, ref);
                default -> p.skipChildren();
            }
        }
        return new RequestDto(
                id,
                status,
                statusNotes,
                serviceName,
                serviceCode,
                description,
                agency,
                notice,
                requested,
                updated,
                expected,
                address,
                addressId,
                zipcode,
                lat,
                lon,
                mediaUrl,
                extended);
    }

    private static RequestDto.Extended extended(JsonParser p, ItemRef ref)
            throws IOException, MalformedResponseException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        requireObject(p, ref, "extended_attributes");
        String priority = null, workflow = null, commune = null, channel = null, duplicateOf = null;
        List<RequestDto.Step> history = null;
        for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
            p.nextToken();
            String path = "extended_attributes." + field;
            switch (field) {
                case "priority" -> priority = text(p, ref, path);
                case "workflow_status" -> workflow = text(p, ref, path);
                case "commune_code" -> commune = text(p, ref, path);
                case "channel" -> channel = text(p, ref, path);
                case "duplicate_of" -> duplicateOf = text(p, ref, path);
                case "history" -> history = history(p, ref);
                default -> p.skipChildren();
            }
        }
        return new RequestDto.Extended(priority, workflow, commune, channel, duplicateOf, history);
    }

    private static List<RequestDto.Step> history(JsonParser p, ItemRef ref)
            throws IOException, MalformedResponseException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw ref.problem("extended_attributes.history", "must be a list");
        }
        List<RequestDto.Step> steps = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String path = "extended_attributes.history[" + steps.size() + "]";
            requireObject(p, ref, path);
            String at = null, status = null, note = null, actor = null;
            for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
                p.nextToken();
                switch (field) {
                    case "at" -> at = text(p, ref, path + ".at");
                    case "status" -> status = text(p, ref, path + ".status");
                    case "note" -> note = text(p, ref, path + ".note");
                    case "actor" -> actor = text(p, ref, path + ".actor");
                    default -> p.skipChildren();
                }
            }
            steps.add(new RequestDto.Step(at, status, note, actor));
        }
        return steps;
    }

    /** Text, or a scalar as its text; null for null; a problem for an object or a list. */
    private static String text(JsonParser p, ItemRef ref, String field) throws IOException, MalformedResponseException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token.isScalarValue()) {
            return p.getText();
        }
        throw ref.problem(field, "must be text");
    }

    /** A number or numeric text, else null: a bad position is dropped, not the report. */
    private static Object coordinate(JsonParser p) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT) {
            return p.getDoubleValue();
        }
        if (token == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        p.skipChildren();
        return null;
    }

    private static void requireObject(JsonParser p, ItemRef ref, String field) throws MalformedResponseException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw ref.problem(field, "must be an object");
        }
    }
}
