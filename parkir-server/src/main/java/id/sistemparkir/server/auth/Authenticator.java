package id.sistemparkir.server.auth;

/** Resolves a bearer token; used by the HTTP access filter and by the WebSocket upgrade. */
public interface Authenticator {

    /**
     * @throws id.sistemparkir.server.http.ApiException 401 {@code unauthorized} or {@code token_expired}
     */
    AuthUser authenticate(String bearerToken);
}
