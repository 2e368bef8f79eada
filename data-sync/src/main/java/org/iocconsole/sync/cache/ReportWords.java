package org.iocconsole.sync.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Set;

/**
 * The word index of citizen reports ({@code report_word}): the folded words of a report's id, category, address and
 * description, replaced whenever the report is written. Called inside the writer's transaction. Stateless.
 */
public final class ReportWords {
    /** A report's words beyond this many are not indexed (the start of a long description is what people quote). */
    public static final int MAX_WORDS = 48;

    private ReportWords() {}

    /** The words a report is found by. */
    public static Set<String> of(String id, String serviceName, String address, String description) {
        return TextFold.words(MAX_WORDS, id, serviceName, address, description);
    }

    /** Drops the words of the reports. */
    static void delete(Connection connection, Collection<String> ids) throws SQLException {
        try (PreparedStatement delete =
                connection.prepareStatement("DELETE FROM report_word WHERE service_request_id = ?")) {
            for (String id : ids) {
                delete.setString(1, id);
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    /** Adds the words of one report to a batch of {@code INSERT INTO report_word (word, service_request_id)}. */
    static void add(PreparedStatement insert, String id, Set<String> words) throws SQLException {
        for (String word : words) {
            insert.setString(1, word);
            insert.setString(2, id);
            insert.addBatch();
        }
    }

    static final String INSERT = "INSERT INTO report_word (word, service_request_id) VALUES (?, ?)";
}
