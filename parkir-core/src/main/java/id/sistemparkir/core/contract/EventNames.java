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

    private EventNames() {}
}
