package id.sistemparkir.server.lane;

/** DESIGN §7: ACTIVE after entry, EXITED after exit, VOID when an admin removes it (never hard-deleted). */
public enum SessionStatus {
    ACTIVE,
    EXITED,
    VOID
}
