package org.iocconsole.sync.cache;

import java.util.Set;

/**
 * What the report queue shows: every condition given must hold; null (or an empty set) leaves it out.
 *
 * @param statuses workflow statuses ({@code assigned}, ...)
 * @param serviceCode the category
 * @param communeCode the commune or ward
 * @param agency the agency responsible, as the reports name it
 * @param deadline open reports past their deadline, or close to it
 * @param text words typed by the user, with or without diacritics; each must start a word of the report's id,
 *     category, address or description
 */
public record QueueFilter(
        Set<String> statuses, String serviceCode, String communeCode, String agency, Deadline deadline, String text) {

    /** Which deadlines the queue keeps. */
    public enum Deadline {
        ANY,
        /** Open, due within the at-risk window from now. */
        AT_RISK,
        /** Open and past the deadline. */
        OVERDUE
    }

    public QueueFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        serviceCode = blankToNull(serviceCode);
        communeCode = blankToNull(communeCode);
        agency = blankToNull(agency);
        deadline = deadline == null ? Deadline.ANY : deadline;
        text = blankToNull(text);
    }

    /** Every report. */
    public static QueueFilter all() {
        return new QueueFilter(Set.of(), null, null, null, Deadline.ANY, null);
    }

    public QueueFilter withStatuses(Set<String> value) {
        return new QueueFilter(value, serviceCode, communeCode, agency, deadline, text);
    }

    public QueueFilter withServiceCode(String value) {
        return new QueueFilter(statuses, value, communeCode, agency, deadline, text);
    }

    public QueueFilter withCommuneCode(String value) {
        return new QueueFilter(statuses, serviceCode, value, agency, deadline, text);
    }

    public QueueFilter withAgency(String value) {
        return new QueueFilter(statuses, serviceCode, communeCode, value, deadline, text);
    }

    public QueueFilter withDeadline(Deadline value) {
        return new QueueFilter(statuses, serviceCode, communeCode, agency, value, text);
    }

    public QueueFilter withText(String value) {
        return new QueueFilter(statuses, serviceCode, communeCode, agency, deadline, value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
