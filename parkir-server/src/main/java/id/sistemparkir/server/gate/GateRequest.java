package id.sistemparkir.server.gate;

/** {@code POST /api/v1/gates} (code, name, direction required) and {@code PUT /api/v1/gates/{code}} (any field). */
public record GateRequest(String code, String name, String direction, Boolean active) {}
