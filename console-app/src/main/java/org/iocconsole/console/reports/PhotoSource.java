package org.iocconsole.console.reports;

import java.io.IOException;
import java.nio.file.Path;

/** Where report photos come from: a file on disk for a URL, fetched and kept first if needed. Blocking. */
@FunctionalInterface
public interface PhotoSource {
    Path fetch(String url) throws IOException;
}
