package id.sistemparkir.server.auth;

/** {@code GET /api/v1/auth/me}: who the token belongs to; {@code station} is left out when the login named none. */
public record MeResponse(String username, String role, String station) {}
