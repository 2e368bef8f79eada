package org.iocconsole.sync.connector;

/**
 * Which item of an answer is being read, for messages: {@code items[3] (CAM-0012)}. Immutable.
 *
 * @param list the list in the answer ({@code items}, {@code requests})
 * @param index 0-based position in the list
 * @param key the item's id or key when it could be read, else null
 */
public record ItemRef(String list, int index, String key) {

    /** The same item, now that its key is known. */
    public ItemRef withKey(String newKey) {
        return new ItemRef(list, index, newKey);
    }

    /** A problem with one field of this item. */
    public MalformedResponseException problem(String field, String problem) {
        return new MalformedResponseException(this + ": " + field + ": " + problem);
    }

    /** A required field is absent or null. */
    public MalformedResponseException missing(String field) {
        return problem(field, "is missing (required)");
    }

    @Override
    public String toString() {
        String where = list + "[" + index + "]";
        return key == null ? where : where + " (" + ServerMessages.sanitize(key) + ")";
    }
}
