package org.iocconsole.sync.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a province tells its operators beside the data: an alert, an affected area (a flood, a road closure) or a
 * message. A drill's notices come from its scenario. {@code kind} is {@code alert}, {@code area} or {@code message};
 * texts are in Vietnamese and English (English falls back to Vietnamese). Immutable.
 *
 * @param level for an alert: {@code info}, {@code warning} or {@code critical}
 * @param areaKind for an area: {@code flood}, {@code closure}, ...
 * @param title an alert's title or an area's name
 * @param text an alert's or a message's text
 * @param sender who sent a message
 * @param polygon an area's corners as {@code [lon, lat]} pairs; empty for the others
 * @param clearedAt when an area was cleared, or null while it holds
 */
public record Notice(
        String noticeId,
        String kind,
        String level,
        String areaKind,
        Texts title,
        Texts text,
        String sender,
        String unitCode,
        List<double[]> polygon,
        Instant issuedAt,
        Instant clearedAt,
        Instant updatedAt) {

    public static final String ALERT = "alert";
    public static final String AREA = "area";
    public static final String MESSAGE = "message";

    public Notice {
        Objects.requireNonNull(noticeId, "noticeId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        title = title == null ? Texts.NONE : title;
        text = text == null ? Texts.NONE : text;
        polygon = polygon == null ? List.of() : List.copyOf(polygon);
    }

    /** A text in Vietnamese and English. */
    public record Texts(String vi, String en) {
        public static final Texts NONE = new Texts("", "");

        public Texts {
            vi = vi == null ? "" : vi;
            en = en == null || en.isEmpty() ? vi : en;
        }

        /** The text in {@code language} ({@code vi} or {@code en}). */
        public String in(String language) {
            return "en".equals(language) ? en : vi;
        }
    }
}
