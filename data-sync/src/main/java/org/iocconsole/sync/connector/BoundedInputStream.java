package org.iocconsole.sync.connector;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read from a response body and fails as soon as they pass the limit, whatever Content-Length said
 * (it may be absent or false). Counts the decoded bytes, so a small gzip body cannot inflate past the limit either.
 * Not thread-safe; one per response.
 */
final class BoundedInputStream extends FilterInputStream {

    private final long limit;
    private long count;

    BoundedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        add(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void add(long n) throws ResponseLimitException {
        count += n;
        if (count > limit) {
            throw new ResponseLimitException("the answer is larger than the source's limit of " + describe(limit));
        }
    }

    static String describe(long bytes) {
        long mb = bytes / (1024 * 1024);
        return mb > 0 && bytes % (1024 * 1024) == 0 ? mb + " MB" : bytes + " bytes";
    }
}
