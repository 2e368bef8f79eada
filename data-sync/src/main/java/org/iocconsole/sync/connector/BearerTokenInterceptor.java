package org.iocconsole.sync.connector;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.iocconsole.sync.config.TokenRef;
import org.iocconsole.sync.config.TokenResolver;
import org.iocconsole.sync.config.TokenUnavailableException;

/**
 * Adds {@code Authorization: Bearer} with the token read at request time. Never logs; OkHttp drops the header itself
 * when a redirect leaves the host. Thread-safe.
 */
final class BearerTokenInterceptor implements Interceptor {

    private final TokenRef ref;
    private final TokenResolver tokens;

    BearerTokenInterceptor(TokenRef ref, TokenResolver tokens) {
        this.ref = ref;
        this.tokens = tokens;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        String token;
        try {
            token = tokens.resolve(ref);
        } catch (TokenUnavailableException e) {
            throw new MissingTokenException(e.getMessage());
        }
        return chain.proceed(chain.request()
                .newBuilder()
                .header("Authorization", "Bearer " + token)
                .build());
    }

    /** The token could not be read; the message names the variable or file. */
    static final class MissingTokenException extends IOException {
        private static final long serialVersionUID = 1L;

        MissingTokenException(String message) {
            super(message);
        }
    }
}
