package id.sistemparkir.server.auth;

import io.javalin.security.RouteRole;

/**
 * Roles of DESIGN §4, each including the ones below it: ADMIN ⊇ SUPERVISOR ⊇ OPERATOR. A route names the least role
 * it needs.
 */
public enum Role implements RouteRole {
    /** Lane work only. */
    OPERATOR,
    /** Dashboards, reports, duplicates, voiding and closing sessions, shifts; no tariffs, users or settings. */
    SUPERVISOR,
    /** Everything. */
    ADMIN;

    public boolean includes(Role required) {
        return compareTo(required) >= 0;
    }

    public static Role parse(String text) {
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + text + "'; expected OPERATOR, SUPERVISOR or ADMIN");
    }
}
