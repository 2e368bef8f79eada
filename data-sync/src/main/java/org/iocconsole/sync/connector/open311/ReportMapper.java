package org.iocconsole.sync.connector.open311;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.iocconsole.sync.connector.ItemRef;
import org.iocconsole.sync.connector.LatLon;
import org.iocconsole.sync.connector.MalformedResponseException;
import org.iocconsole.sync.connector.ServerMessages;
import org.iocconsole.sync.connector.Wire;
import org.iocconsole.sync.model.CitizenReport;
import org.iocconsole.sync.model.ReportHistoryEntry;

/**
 * The one mapper of the Open311 contract: a {@link RequestDto} to a {@link CitizenReport}. Text is kept as it came
 * (however long, HTML included, never interpreted); a report without a valid position keeps null coordinates; a
 * timestamp without an offset is refused naming the request and the field. Stateless.
 */
final class ReportMapper {

    private ReportMapper() {}

    static CitizenReport toModel(RequestDto dto, ItemRef at, URI sourceUrl) throws MalformedResponseException {
        ItemRef ref = at.withKey(dto.serviceRequestId());
        String id = Wire.required(dto.serviceRequestId(), "service_request_id", ref);
        LatLon position = LatLon.of(dto.lat(), dto.lon());
        RequestDto.Extended ext = dto.extendedAttributes();
        return new CitizenReport(
                id,
                status(dto.status(), ref),
                dto.statusNotes(),
                dto.serviceName(),
                dto.serviceCode(),
                dto.description(),
                dto.agencyResponsible(),
                dto.serviceNotice(),
                time(dto.requestedDatetime(), "requested_datetime", ref),
                time(dto.updatedDatetime(), "updated_datetime", ref),
                time(dto.expectedDatetime(), "expected_datetime", ref),
                dto.address(),
                dto.addressId(),
                dto.zipcode(),
                position == null ? null : position.lat(),
                position == null ? null : position.lon(),
                Wire.resolveUrl(sourceUrl, dto.mediaUrl()),
                ext == null ? null : ext.priority(),
                ext == null ? null : ext.workflowStatus(),
                ext == null ? null : ext.communeCode(),
                ext == null ? null : ext.channel(),
                ext == null ? null : ext.duplicateOf(),
                ext == null ? List.of() : history(ext.history(), ref));
    }

    private static CitizenReport.OpenStatus status(String status, ItemRef ref) throws MalformedResponseException {
        Wire.required(status, "status", ref);
        return switch (status.strip().toLowerCase(Locale.ROOT)) {
            case "open" -> CitizenReport.OpenStatus.OPEN;
            case "closed" -> CitizenReport.OpenStatus.CLOSED;
            default -> throw ref.problem("status", ServerMessages.quote(status) + " is not open or closed");
        };
    }

    /** Optional timestamps; some servers write an empty string for "none". */
    private static Instant time(String text, String field, ItemRef ref) throws MalformedResponseException {
        return text == null || text.isEmpty() ? null : Wire.instant(text, field, ref);
    }

    private static List<ReportHistoryEntry> history(List<RequestDto.Step> steps, ItemRef ref)
            throws MalformedResponseException {
        if (steps == null || steps.isEmpty()) {
            return List.of();
        }
        List<ReportHistoryEntry> history = new ArrayList<>(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            RequestDto.Step step = steps.get(i);
            String field = "extended_attributes.history[" + i + "]";
            if (step == null) {
                throw ref.problem(field, "must be an object");
            }
            history.add(new ReportHistoryEntry(
                    Wire.requiredInstant(step.at(), field + ".at", ref),
                    Wire.required(step.status(), field + ".status", ref),
                    step.note(),
                    step.actor()));
        }
        return history;
    }
}
