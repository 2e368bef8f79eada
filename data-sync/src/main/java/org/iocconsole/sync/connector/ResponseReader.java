package org.iocconsole.sync.connector;

import java.io.IOException;
import java.io.InputStream;
import okhttp3.Response;

/**
 * Reads one HTTP answer for {@link SourceHttp}: gets the response (status, headers) and its body as a stream that
 * fails once the source's byte limit is passed. Runs on the calling thread, inside the request.
 */
@FunctionalInterface
public interface ResponseReader<T> {

    T read(Response response, InputStream body) throws IOException, MalformedResponseException;
}
