package org.iocconsole.sync.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a token from where a {@link TokenRef} points, each time it is asked, so a rotated token is used on the next
 * request. The environment comes in as a map so tests can inject one. Thread-safe. Tokens are returned to the
 * caller only; they never appear in exceptions or logs.
 */
public final class TokenResolver {

    private static final Logger LOG = LoggerFactory.getLogger(TokenResolver.class);

    /** A token file is a few hundred bytes; anything larger is certainly not one. */
    private static final int MAX_TOKEN_FILE_BYTES = 16 * 1024;

    private final Map<String, String> environment;
    private final Set<Path> warnedFiles = ConcurrentHashMap.newKeySet();

    public TokenResolver(Map<String, String> environment) {
        this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
    }

    /** A resolver over this process's environment. */
    public static TokenResolver fromSystemEnvironment() {
        return new TokenResolver(System.getenv());
    }

    /** The token, trimmed; throws naming the variable or file when it cannot be had. */
    public String resolve(TokenRef ref) throws TokenUnavailableException {
        String token;
        if (ref instanceof TokenRef.FromEnv env) {
            token = environment.get(env.variable());
            if (token == null) {
                throw new TokenUnavailableException(ref.describe() + " is not set");
            }
        } else {
            token = readFile(((TokenRef.FromFile) ref).file(), ref);
        }
        token = token.strip();
        if (token.isEmpty()) {
            throw new TokenUnavailableException(ref.describe() + " is empty");
        }
        if (!isHeaderSafe(token)) {
            throw new TokenUnavailableException(
                    ref.describe() + " holds characters a token cannot contain (spaces, line breaks or non-ASCII)");
        }
        return token;
    }

    private String readFile(Path file, TokenRef ref) throws TokenUnavailableException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_TOKEN_FILE_BYTES + 1);
            if (bytes.length > MAX_TOKEN_FILE_BYTES) {
                throw new TokenUnavailableException(ref.describe() + " is too large to be a token");
            }
            warnIfOthersCanRead(file);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new TokenUnavailableException(ref.describe() + " does not exist");
        } catch (IOException e) {
            throw new TokenUnavailableException(
                    ref.describe() + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private void warnIfOthersCanRead(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            boolean shared = permissions.contains(PosixFilePermission.GROUP_READ)
                    || permissions.contains(PosixFilePermission.OTHERS_READ);
            if (shared && warnedFiles.add(file)) {
                LOG.warn("Token file {} can be read by other users; restrict it to its owner (chmod 600)", file);
            }
        } catch (UnsupportedOperationException | IOException ignored) {
            // Not a POSIX file system (Windows): its ACLs are the administrator's business.
        }
    }

    /** Visible ASCII only, as an HTTP header value without quoting allows. */
    private static boolean isHeaderSafe(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }
}
