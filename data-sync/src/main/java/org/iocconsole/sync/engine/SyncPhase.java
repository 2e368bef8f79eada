package org.iocconsole.sync.engine;

/** Where one source's sync stands. */
public enum SyncPhase {
    /** Not running; waiting for its schedule. */
    IDLE,
    /** A run has started and its first request is on the way. */
    CONNECTING,
    /** Pages are being read and written. */
    FETCHING,
    /** A request failed and will be retried after a pause (backoff or Retry-After). */
    RETRYING,
    /** The run reached the end of the feed; everything is committed. */
    SUCCEEDED,
    /** The run stopped on an error; committed pages stay and the next run resumes. */
    FAILED,
    /** The user cancelled the run; committed pages stay and the next run resumes. */
    CANCELLED,
    /** Too many failures in a row: the source is not called until the pause ends. */
    CIRCUIT_OPEN
}
