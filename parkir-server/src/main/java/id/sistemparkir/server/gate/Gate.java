package id.sistemparkir.server.gate;

/**
 * A lane gate. Lanes' records are never refused for an unknown or inactive gate (a lane that was offline must not
 * lose records because a gate was renamed meanwhile); the list names gates for people and reports.
 *
 * @param direction {@code IN} or {@code OUT}
 */
public record Gate(String code, String name, String direction, boolean active) {}
