/**
 * Authentication and authorisation of the Server (DESIGN §4).
 *
 * <ul>
 *   <li>{@link id.sistemparkir.server.auth.AccessFilter} — the access rule for every {@code /api/} route: deny by
 *       default, two public routes, roles by "least role listed". Read it before registering a route.
 *   <li>{@link id.sistemparkir.server.auth.TokenService} — opaque bearer tokens (only their SHA-256 is stored),
 *       expiry by the injected clock, revocation; also the {@link id.sistemparkir.server.auth.Authenticator} the
 *       WebSocket uses.
 *   <li>{@link id.sistemparkir.server.auth.PasswordHasher} — Argon2id, PHC strings, parameters read from the hash.
 *   <li>{@code LoginService}, {@code LoginThrottle}, {@code UserService}, {@code InitialAdmin} — login (same answer
 *       and time for unknown users and wrong passwords, 5 failures per 5 minutes per username), user management
 *       with audit lines and the "one active ADMIN remains" invariant, and the first admin of a fresh database.
 * </ul>
 *
 * Handlers use {@link id.sistemparkir.server.auth.AuthContext#user} for the caller and its {@code actor()} for audit
 * lines; nothing outside this package reads {@code users} or {@code auth_tokens}.
 */
package id.sistemparkir.server.auth;
