package org.iocconsole.sync.cache;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Which audit entries to show or export: by user, by action and by time. Every part is optional (null or blank means
 * any). Immutable.
 *
 * @param actor the user who acted, exactly (case-insensitive)
 * @param action the action or its family: {@code login} also finds {@code login.failed}
 * @param from the first instant included
 * @param to the first instant no longer included
 */
public record AuditFilter(String actor, String action, Instant from, Instant to) {
    /** Every entry. */
    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null);
    }

    String where() {
        List<String> parts = new ArrayList<>();
        if (present(actor)) {
            parts.add("LOWER(actor) = :actor");
        }
        if (present(action)) {
            parts.add("(action = :action OR action LIKE :family ESCAPE '\\')");
        }
        if (from != null) {
            parts.add("at >= :from");
        }
        if (to != null) {
            parts.add("at < :to");
        }
        return parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts);
    }

    <S extends SqlStatement<S>> S bind(S statement) {
        if (present(actor)) {
            statement.bind("actor", actor.strip().toLowerCase(Locale.ROOT));
        }
        if (present(action)) {
            String exact = action.strip();
            statement.bind("action", exact);
            statement.bind(
                    "family", exact.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ".%");
        }
        if (from != null) {
            statement.bind("from", Sql.utc(from));
        }
        if (to != null) {
            statement.bind("to", Sql.utc(to));
        }
        return statement;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
