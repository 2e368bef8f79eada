package org.iocconsole.sync.connector.open311;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.iocconsole.sync.connector.ItemRef;
import org.iocconsole.sync.connector.MalformedResponseException;
import org.iocconsole.sync.model.CitizenReport;

/**
 * Streams a {@code requests.json} answer into citizen reports: each request is read into its DTO straight from the
 * parser ({@link RequestJsonReader}) and mapped at once, so memory holds the reports, never the document. Thread-safe
 * (immutable).
 */
final class RequestsReader {

    private final URI sourceUrl;

    RequestsReader(URI sourceUrl) {
        this.sourceUrl = sourceUrl;
    }

    /**
     * The reports of the answer.
     *
     * @param maxItems more requests than this refuse the answer
     * @param requireUpdated whether every request must carry {@code updated_datetime} (updated-after paging)
     */
    List<CitizenReport> read(JsonParser parser, int maxItems, boolean requireUpdated)
            throws IOException, MalformedResponseException {
        Open311Arrays.ElementReader<RequestDto> reader = RequestJsonReader::read;
        return Open311Arrays.read(parser, reader, "requests", maxItems, (RequestDto dto, ItemRef ref) -> {
            CitizenReport report = ReportMapper.toModel(dto, ref, sourceUrl);
            if (requireUpdated && report.updatedAt() == null) {
                throw ref.withKey(report.serviceRequestId())
                        .problem("updated_datetime", "is missing (required by updated-after paging)");
            }
            return report;
        });
    }
}
