package org.iocconsole.sync.connector;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.ProtocolException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import javax.net.ssl.SSLException;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.iocconsole.sync.config.OutboxConfig;
import org.iocconsole.sync.config.SourceConfig;
import org.iocconsole.sync.config.TokenRef;
import org.iocconsole.sync.config.TokenResolver;
import org.iocconsole.sync.config.TokenUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs requests for one source: registers each call with the run's {@link CancelHandle}, bounds the body to the
 * source's byte limit while it streams, and turns every failure into a {@link SourceException} of the right
 * {@link FailureKind} with an operator-readable message free of tokens. Used by the connectors of every contract.
 * Thread-safe (immutable; OkHttp clients are thread-safe).
 */
public final class SourceHttp {

    private static final Logger LOG = LoggerFactory.getLogger(SourceHttp.class);

    private final String sourceId;
    private final OkHttpClient client;
    private final long maxBytes;
    private final Duration timeout;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final Redactor redactor;

    SourceHttp(
            String sourceId,
            OkHttpClient client,
            long maxBytes,
            Duration timeout,
            ObjectMapper mapper,
            Clock clock,
            Redactor redactor) {
        this.sourceId = sourceId;
        this.client = client;
        this.maxBytes = maxBytes;
        this.timeout = timeout;
        this.mapper = mapper;
        this.clock = clock;
        this.redactor = redactor;
    }

    /** Requests for a source, through a client derived from the shared one. */
    public static SourceHttp forSource(
            OkHttpClient shared, SourceConfig source, ObjectMapper mapper, TokenResolver tokens, Clock clock) {
        OkHttpClient client =
                HttpClients.derive(shared, source.timeout(), source.allowInsecureHttp(), source.auth(), tokens);
        return new SourceHttp(
                source.id(),
                client,
                source.maxResponseBytes(),
                source.timeout(),
                mapper,
                clock,
                new Redactor(source.auth(), tokens));
    }

    /** Requests to the outbox endpoint; its answers are small, so they are bounded to 1 MB. */
    public static SourceHttp forOutbox(
            OkHttpClient shared, OutboxConfig outbox, ObjectMapper mapper, TokenResolver tokens, Clock clock) {
        OkHttpClient client =
                HttpClients.derive(shared, outbox.timeout(), outbox.allowInsecureHttp(), outbox.auth(), tokens);
        return new SourceHttp(
                "outbox", client, 1024 * 1024, outbox.timeout(), mapper, clock, new Redactor(outbox.auth(), tokens));
    }

    public String sourceId() {
        return sourceId;
    }

    /** The text with the source's token, should a server echo it, replaced by {@code [token]}. */
    public String redact(String text) {
        return redactor.redact(text);
    }

    public Clock clock() {
        return clock;
    }

    /**
     * Runs the request and reads a 2xx or 304 answer; any other status becomes a {@link SourceException} classified by
     * {@link #statusFailure}.
     */
    public <T> T execute(Request request, CancelHandle cancel, ResponseReader<T> reader) throws SourceException {
        return exchange(request, cancel, (response, body) -> {
            if (!response.isSuccessful() && response.code() != 304) {
                throw new StatusFailure(statusFailure(response));
            }
            return reader.read(response, body);
        });
    }

    /** Runs the request and hands every answer, whatever its status, to the reader. */
    public <T> T exchange(Request request, CancelHandle cancel, ResponseReader<T> reader) throws SourceException {
        if (cancel.isCancelled()) {
            throw cancelled(null);
        }
        Call call = client.newCall(request);
        cancel.register(call);
        String contentType = null;
        try (Response response = call.execute()) {
            ResponseBody body = response.body();
            contentType = response.header("Content-Type");
            if (body.contentLength() > maxBytes) {
                throw new ResponseLimitException("the answer announces " + body.contentLength()
                        + " bytes, more than the source's limit of " + BoundedInputStream.describe(maxBytes));
            }
            try (InputStream in = new BoundedInputStream(body.byteStream(), maxBytes)) {
                return reader.read(response, in);
            }
        } catch (StatusFailure e) {
            throw e.failure;
        } catch (MalformedResponseException e) {
            throw failure(FailureKind.MALFORMED, redactor.redact(e.getMessage()), null);
        } catch (IOException e) {
            throw cancel.isCancelled() ? cancelled(e) : classify(e, contentType);
        } catch (RuntimeException e) {
            // Hostile input must end as a failure of this source, never as an exception that stops the engine.
            // Its message may quote the answer, so it is redacted and the exception itself is not passed on.
            StackTraceElement[] stack = e.getStackTrace();
            LOG.warn(
                    "Source {}: reading the answer failed unexpectedly: {}: {} at {}",
                    sourceId,
                    e.getClass().getName(),
                    redactor.redact(e.getMessage()),
                    stack.length > 0 ? stack[0] : "?");
            throw failure(
                    FailureKind.MALFORMED,
                    "the answer could not be read (" + e.getClass().getSimpleName() + ")",
                    null);
        } finally {
            cancel.unregister(call);
        }
    }

    /** The failure a non-2xx answer stands for, with the server's own explanation when it gave one. */
    public SourceException statusFailure(Response response) {
        int code = response.code();
        String said = redactor.redact(ServerMessages.read(response.body(), mapper));
        String text = "the server answered " + code + (said == null ? "" : ": " + said);
        Duration retryAfter = null;
        FailureKind kind;
        if (code == 401 || code == 403) {
            kind = FailureKind.UNAUTHORIZED;
            text += redactor.hint();
        } else if (code == 408 || code == 429 || code >= 500) {
            kind = FailureKind.TRANSIENT;
            retryAfter = RetryAfter.parse(response.header("Retry-After"), clock);
            if (retryAfter != null) {
                text += " (retry after " + retryAfter.toSeconds() + " s)";
            }
        } else if (code >= 300 && code < 400) {
            kind = FailureKind.CLIENT_ERROR;
            text += " (a redirect that was not followed)";
        } else {
            kind = FailureKind.CLIENT_ERROR;
        }
        return new SourceException(sourceId, kind, text, code, retryAfter, null);
    }

    private SourceException classify(IOException e, String contentType) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ResponseLimitException) {
                return failure(FailureKind.LIMIT_EXCEEDED, t.getMessage(), e);
            }
            if (t instanceof BearerTokenInterceptor.MissingTokenException
                    || t instanceof TransportPolicy.InsecureTransportException) {
                return failure(FailureKind.CONFIGURATION, t.getMessage(), e);
            }
        }
        if (e instanceof JsonEOFException) {
            return failure(FailureKind.TRANSIENT, "the answer ended in the middle of its JSON (truncated)", e);
        }
        if (e instanceof JsonProcessingException json) {
            String type =
                    contentType == null || contentType.contains("json") ? "" : " (Content-Type " + contentType + ")";
            return failure(
                    FailureKind.MALFORMED,
                    "the answer is not valid JSON" + type + ": " + redactor.redact(JsonProblems.describe(json)),
                    e);
        }
        if (e instanceof InterruptedIOException) {
            return failure(FailureKind.TRANSIENT, "no complete answer within " + describe(timeout) + " (timeout)", e);
        }
        if (e instanceof UnknownHostException) {
            return failure(FailureKind.TRANSIENT, "the host name cannot be resolved: " + e.getMessage(), e);
        }
        if (e instanceof ConnectException) {
            return failure(FailureKind.TRANSIENT, "cannot connect to the server (" + e.getMessage() + ")", e);
        }
        if (e instanceof SSLException) {
            return failure(FailureKind.TRANSIENT, "the TLS connection failed (certificate or protocol): " + e, e);
        }
        if (e instanceof ProtocolException || e instanceof EOFException) {
            return failure(FailureKind.TRANSIENT, "the connection closed before the answer was complete", e);
        }
        return failure(FailureKind.TRANSIENT, "the connection failed: " + e, e);
    }

    private static String describe(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private SourceException failure(FailureKind kind, String message, Throwable cause) {
        return new SourceException(sourceId, kind, message, 0, null, cause);
    }

    private SourceException cancelled(Throwable cause) {
        return new SourceException(sourceId, FailureKind.CANCELLED, "cancelled", 0, null, cause);
    }

    /** Carries a status failure out of a reader, past the IOException handling. */
    private static final class StatusFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient SourceException failure;

        StatusFailure(SourceException failure) {
            super(null, null, false, false);
            this.failure = failure;
        }
    }

    /** Keeps a token that a hostile or careless server echoes back out of messages. */
    static final class Redactor {
        private final TokenRef auth;
        private final TokenResolver tokens;

        Redactor(TokenRef auth, TokenResolver tokens) {
            this.auth = auth;
            this.tokens = tokens;
        }

        String redact(String text) {
            if (text == null || auth == null) {
                return text;
            }
            try {
                return text.replace(tokens.resolve(auth), "[token]");
            } catch (TokenUnavailableException e) {
                return text;
            }
        }

        String hint() {
            return auth == null ? " (no token is configured for this source)" : " (check the " + auth.describe() + ")";
        }
    }
}
