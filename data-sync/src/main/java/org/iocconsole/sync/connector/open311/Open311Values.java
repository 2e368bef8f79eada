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
import org.iocconsole.sync.connector.Wire;

/** Maps the small Open311 answers (services, service definitions, receipts) to their public types. Stateless. */
final class Open311Values {

    private Open311Values() {}

    static Open311Service service(ServiceDto dto, ItemRef at) throws MalformedResponseException {
        ItemRef ref = at.withKey(dto.serviceCode());
        return new Open311Service(
                Wire.required(dto.serviceCode(), "service_code", ref),
                dto.serviceName(),
                dto.description(),
                Boolean.TRUE.equals(dto.metadata()),
                dto.type(),
                dto.keywords(),
                dto.group());
    }

    static ServiceDefinition definition(ServiceDefinitionDto dto) throws MalformedResponseException {
        List<ServiceDefinition.Attribute> attributes = new ArrayList<>();
        List<ServiceDefinitionDto.AttributeDto> given = dto.attributes() == null ? List.of() : dto.attributes();
        for (int i = 0; i < given.size(); i++) {
            ServiceDefinitionDto.AttributeDto attribute = given.get(i);
            ItemRef ref = new ItemRef("attributes", i, attribute == null ? null : attribute.code());
            if (attribute == null) {
                throw new MalformedResponseException(ref + ": must be an object");
            }
            List<ServiceDefinition.Value> values = new ArrayList<>();
            if (attribute.values() != null) {
                for (ServiceDefinitionDto.ValueDto value : attribute.values()) {
                    if (value != null && value.key() != null) {
                        values.add(new ServiceDefinition.Value(value.key(), value.name()));
                    }
                }
            }
            attributes.add(new ServiceDefinition.Attribute(
                    Wire.required(attribute.code(), "code", ref),
                    !Boolean.FALSE.equals(attribute.variable()),
                    attribute.datatype(),
                    Boolean.TRUE.equals(attribute.required()),
                    attribute.datatypeDescription(),
                    attribute.order() == null ? i : attribute.order(),
                    attribute.description(),
                    values));
        }
        return new ServiceDefinition(dto.serviceCode(), attributes);
    }

    /** The first receipt: an id or a token, at least one of them. */
    static SubmitResult submitResult(List<ReceiptDto> receipts) throws MalformedResponseException {
        if (receipts.isEmpty()) {
            throw new MalformedResponseException("the answer to a new request is empty");
        }
        ReceiptDto receipt = receipts.get(0);
        boolean hasId = receipt.serviceRequestId() != null
                && !receipt.serviceRequestId().isBlank();
        boolean hasToken = receipt.token() != null && !receipt.token().isBlank();
        if (!hasId && !hasToken) {
            throw new MalformedResponseException("answers[0]: neither service_request_id nor token is given");
        }
        return new SubmitResult(
                hasId ? receipt.serviceRequestId() : null, hasToken ? receipt.token() : null, receipt.serviceNotice());
    }

    /** A single JSON object answer bound to its DTO. */
    static <D> D readObject(JsonParser parser, ObjectReader reader) throws IOException, MalformedResponseException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new MalformedResponseException("the answer must be a JSON object");
        }
        try {
            return reader.readValue(parser);
        } catch (JsonMappingException e) {
            throw JsonProblems.itemProblem(new ItemRef("answer", 0, null), e);
        }
    }
}
