package org.iocconsole.console.testing;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.iocconsole.sync.agent.SyncAgent;
import org.iocconsole.sync.cache.CacheDatabase;
import org.iocconsole.sync.cache.CacheWriter;
import org.iocconsole.sync.cache.HistoryCodec;
import org.iocconsole.sync.cache.ReportWordIndexer;
import org.iocconsole.sync.model.AdminUnit;
import org.iocconsole.sync.model.Camera;
import org.iocconsole.sync.model.CitizenReport;
import org.iocconsole.sync.model.Contract;
import org.iocconsole.sync.model.Page;
import org.iocconsole.sync.model.UnitLevel;

/** A real cache file in a test's temporary directory, filled through the cache writer with sample rows. */
public final class SampleCache implements AutoCloseable {
    private final CacheDatabase database;
    private final CacheWriter writer;

    public SampleCache(Path dir) {
        this.database = CacheDatabase.open(dir, "cache");
        this.writer = new CacheWriter(database, new HistoryCodec(SyncAgent.newObjectMapper()));
    }

    public CacheDatabase database() {
        return database;
    }

    /** Writes rows of a contract as one page of its source, named after the contract, and indexes their words. */
    public void write(Contract contract, List<?> rows) {
        writer.writePage(contract.wireName(), contract, Page.last(rows, "c", null), Instant.EPOCH);
        new ReportWordIndexer(database, ids -> {}).catchUp();
    }

    @Override
    public void close() {
        database.close();
    }

    /** An open report received at {@code requestedAt} and due at {@code expectedAt}, in commune 05443. */
    public static CitizenReport report(String id, String workflowStatus, Instant requestedAt, Instant expectedAt) {
        return report(id, CitizenReport.OpenStatus.OPEN, workflowStatus, requestedAt, expectedAt);
    }

    public static CitizenReport report(
            String id,
            CitizenReport.OpenStatus status,
            String workflowStatus,
            Instant requestedAt,
            Instant expectedAt) {
        return new CitizenReport(
                id,
                status,
                null,
                "Hư hỏng đường, vỉa hè",
                "road_damage",
                "Mặt đường bị sụt lún.",
                "Sở Xây dựng",
                null,
                requestedAt,
                requestedAt,
                expectedAt,
                null,
                null,
                null,
                21.5921,
                105.8437,
                null,
                "high",
                workflowStatus,
                "05443",
                "hotline_1022",
                null,
                List.of());
    }

    public static Camera camera(String id, String name, String group, Camera.Status status) {
        return new Camera(
                id,
                name,
                21.5889,
                105.8412,
                group,
                "05443",
                Camera.StreamKind.MJPEG,
                "http://127.0.0.1:1/cameras/" + id + "/stream.mjpg",
                null,
                status,
                Instant.EPOCH);
    }

    /** A ward or commune in force from the 2025 reform on, or before it when {@code validTo} is set. */
    public static AdminUnit commune(String code, String name, String type, LocalDate validFrom, LocalDate validTo) {
        return new AdminUnit(
                "commune/" + code + "/" + validFrom,
                code,
                UnitLevel.COMMUNE,
                name,
                null,
                type + " " + name,
                null,
                type,
                "19",
                validFrom,
                validTo,
                null,
                Instant.EPOCH);
    }
}
