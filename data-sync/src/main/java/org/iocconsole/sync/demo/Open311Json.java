package org.iocconsole.sync.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;

/** Writes services and reports in Open311 GeoReport v2 JSON, with the console's extensions on request. */
final class Open311Json {
    private final ObjectMapper mapper;

    Open311Json(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    byte[] services() {
        ArrayNode array = mapper.createArrayNode();
        for (ReportService service : ReportService.ALL) {
            array.addObject()
                    .put("service_code", service.code())
                    .put("service_name", service.name())
                    .put("description", service.description())
                    .put("metadata", "flooding".equals(service.code()))
                    .put("type", "realtime")
                    .put("keywords", service.keywords())
                    .put("group", service.group());
        }
        return Json.bytes(mapper, array);
    }

    /** The definition of a service; only flooding has an attribute (how deep the water is). */
    byte[] definition(ReportService service) {
        ObjectNode root = mapper.createObjectNode().put("service_code", service.code());
        ArrayNode attributes = root.putArray("attributes");
        if ("flooding".equals(service.code())) {
            ObjectNode depth = attributes
                    .addObject()
                    .put("variable", true)
                    .put("code", "depth")
                    .put("datatype", "singlevaluelist")
                    .put("required", false)
                    .putNull("datatype_description")
                    .put("order", 1)
                    .put("description", "Mức ngập");
            ArrayNode values = depth.putArray("values");
            FloodDepth.VALUES.forEach(
                    (key, name) -> values.addObject().put("key", key).put("name", name));
        }
        return Json.bytes(mapper, root);
    }

    byte[] requests(Collection<Report> reports, boolean extensions) {
        ArrayNode array = mapper.createArrayNode();
        for (Report report : reports) {
            ObjectNode item = array.addObject()
                    .put("service_request_id", report.id)
                    .put("status", report.closed() ? "closed" : "open")
                    .put("status_notes", report.statusNotes())
                    .put("service_name", report.service.name())
                    .put("service_code", report.service.code())
                    .put("description", report.description)
                    .put("agency_responsible", report.agencyResponsible)
                    .putNull("service_notice")
                    .put("requested_datetime", Json.vietnamTime(report.requestedAt))
                    .put("updated_datetime", Json.vietnamTime(report.updatedAt))
                    .put("expected_datetime", Json.vietnamTime(report.expectedAt))
                    .put("address", report.address)
                    .put("address_id", report.addressId)
                    .putNull("zipcode")
                    .put("lat", report.lat)
                    .put("long", report.lon)
                    .put("media_url", report.mediaUrl());
            if (extensions) {
                ObjectNode extended = item.putObject("extended_attributes")
                        .put("priority", report.priority)
                        .put("workflow_status", report.workflowStatus())
                        .put("commune_code", report.communeCode)
                        .put("channel", report.channel)
                        .put("duplicate_of", report.duplicateOf);
                ArrayNode history = extended.putArray("history");
                for (ReportStep step : report.history) {
                    history.addObject()
                            .put("at", Json.vietnamTime(step.at()))
                            .put("status", step.status())
                            .put("note", step.note())
                            .put("actor", step.actor());
                }
            }
        }
        return Json.bytes(mapper, array);
    }
}
