package org.iocconsole.sync.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The word index of citizen reports: one {@code report_word} row per folded word of a report's id, category, address
 * and description, and the same words as one line in {@code report_word_line} (V13). Called inside a transaction of
 * the word indexer or the cache writer. Stateless.
 */
public final class ReportWords {
    /** A report's words beyond this many are not indexed (the start of a long description is what people quote). */
    public static final int MAX_WORDS = 48;

    private ReportWords() {}

    /** The words a report is found by. */
    public static Set<String> of(String id, String serviceName, String address, String description) {
        return TextFold.words(MAX_WORDS, id, serviceName, address, description);
    }

    /** The words as their line: each word after a space, so {@code LIKE '% word%'} finds a word by its start. */
    public static String line(Set<String> words) {
        StringBuilder line = new StringBuilder();
        words.forEach(word -> line.append(' ').append(word));
        return line.toString();
    }

    /** The words of a line written by {@link #line}. */
    static Set<String> words(String line) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : line.split(" ")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** A report's words to index anew: those of its old line go, the new ones come. */
    record Change(String id, String oldLine, Set<String> newWords) {}

    /** Drops the words and lines of the reports. */
    static void delete(Connection connection, Collection<String> ids) throws SQLException {
        List<Change> changes = new ArrayList<>();
        try (PreparedStatement select =
                connection.prepareStatement("SELECT line FROM report_word_line WHERE service_request_id = ?")) {
            for (String id : ids) {
                select.setString(1, id);
                try (ResultSet rs = select.executeQuery()) {
                    if (rs.next()) {
                        changes.add(new Change(id, rs.getString(1), null));
                    }
                }
            }
        }
        replace(connection, changes);
    }

    /** Applies the changes as four batches; a report whose words did not change is left alone. */
    static void replace(Connection connection, List<Change> changes) throws SQLException {
        try (PreparedStatement deleteWord = connection.prepareStatement(
                        "DELETE FROM report_word WHERE word = ? AND service_request_id = ?");
                PreparedStatement deleteLine =
                        connection.prepareStatement("DELETE FROM report_word_line WHERE service_request_id = ?");
                // A word already there is kept, not refused: a drill's seek back can empty the lines while an
                // index batch is writing, and words left without their line must not stop the index for good.
                PreparedStatement insertWord = connection.prepareStatement(
                        "INSERT INTO report_word (word, service_request_id) SELECT ?, ? FROM (VALUES (0)) AS one(x) "
                                + "WHERE NOT EXISTS (SELECT 1 FROM report_word w "
                                + "WHERE w.word = ? AND w.service_request_id = ?)");
                PreparedStatement insertLine = connection.prepareStatement(
                        "INSERT INTO report_word_line (service_request_id, line) VALUES (?, ?)")) {
            for (Change change : changes) {
                String newLine = change.newWords() == null ? null : line(change.newWords());
                if (newLine != null && newLine.equals(change.oldLine())) {
                    continue;
                }
                if (change.oldLine() != null) {
                    add(deleteWord, change.id(), words(change.oldLine()));
                }
                // By its key, whatever line was read: one may have been written since.
                deleteLine.setString(1, change.id());
                deleteLine.addBatch();
                if (newLine != null) {
                    addIfAbsent(insertWord, change.id(), change.newWords());
                    insertLine.setString(1, change.id());
                    insertLine.setString(2, newLine);
                    insertLine.addBatch();
                }
            }
            // Deletions first: a word of the old line may be one of the new.
            deleteWord.executeBatch();
            deleteLine.executeBatch();
            insertWord.executeBatch();
            insertLine.executeBatch();
        }
    }

    private static void addIfAbsent(PreparedStatement statement, String id, Set<String> words) throws SQLException {
        for (String word : words) {
            statement.setString(1, word);
            statement.setString(2, id);
            statement.setString(3, word);
            statement.setString(4, id);
            statement.addBatch();
        }
    }

    private static void add(PreparedStatement statement, String id, Set<String> words) throws SQLException {
        for (String word : words) {
            statement.setString(1, word);
            statement.setString(2, id);
            statement.addBatch();
        }
    }
}
