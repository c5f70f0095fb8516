package id.sistemparkir.server.session;

/** {@code POST /api/v1/sessions/{id}/void}: the reason, kept in the session and the audit log. */
public record VoidRequest(String reason) {}
