package org.iocconsole.sync.connector.open311;

/**
 * The server's answer to a new request: its id, or a token to look the id up later
 * ({@link Open311Connector#requestIdForToken}). Immutable.
 *
 * @param serviceRequestId the new request's id, or null when the server assigns it later
 * @param token the token to ask for the id with, or null when the id is given
 * @param serviceNotice what the server says about handling, or null
 */
public record SubmitResult(String serviceRequestId, String token, String serviceNotice) {}
