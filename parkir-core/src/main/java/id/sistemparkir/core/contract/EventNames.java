package id.sistemparkir.core.contract;

/** The {@code event} names of realtime event frames (DESIGN §5). More may be added; clients ignore unknown ones. */
public final class EventNames {

    public static final String VEHICLE_ENTERED = "vehicle.entered";
    public static final String VEHICLE_EXITED = "vehicle.exited";
    public static final String SESSION_UPDATED = "session.updated";
    public static final String TARIFF_UPDATED = "tariff.updated";
    public static final String DUPLICATE_RESOLVED = "duplicate.resolved";
    /** An exit has waited longer than the server's alert limit for an entry it has never seen ({@link PendingExitView}). */
    public static final String PENDING_EXIT_OVERDUE = "pending_exit.overdue";
    /** An exit lost to another exit of the same session after its lane let the car go ({@link ExitConflictView}). */
    public static final String EXIT_CONFLICT = "exit.conflict";

    // Back office (issue 12); payloads are documented in docs/administrator_server_guide.md.
    /** An alert started: {@code Alert} (kind, subject, message parameters, since). */
    public static final String ALERT_RAISED = "alert.raised";
    /** An alert ended: the same {@code Alert} as when it was raised. */
    public static final String ALERT_CLEARED = "alert.cleared";
    /** A "money to check" item was resolved: kind, subjectId, reason, resolvedBy. */
    public static final String REVIEW_RESOLVED = "review.resolved";
    /** Settings or capacity changed: the whole settings object. */
    public static final String SETTINGS_UPDATED = "settings.updated";
    /** A gate was created or changed: the gate. */
    public static final String GATE_UPDATED = "gate.updated";
    /** A member (season pass) was created or changed: the member. */
    public static final String MEMBER_UPDATED = "member.updated";

    // Ticket keys (issue 8).
    /** A station was enrolled, its key rotated or revoked: {@code {station}}; exit lanes fetch the key ring again. */
    public static final String TICKET_KEYS_UPDATED = "ticket-keys.updated";

    private EventNames() {}
}
