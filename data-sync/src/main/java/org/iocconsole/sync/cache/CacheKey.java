package org.iocconsole.sync.cache;

/**
 * The key of an encrypted cache file (H2's AES), derived from the user's password ({@code CacheKeys} in
 * {@code sync.access}). Its text never appears in logs or messages.
 */
public final class CacheKey {
    private final String hex;

    public CacheKey(String hex) {
        if (hex == null || !hex.matches("[0-9a-f]{32,}")) {
            throw new IllegalArgumentException("a cache key is at least 32 hexadecimal digits");
        }
        this.hex = hex;
    }

    String hex() {
        return hex;
    }

    @Override
    public String toString() {
        return "CacheKey[hidden]";
    }
}
