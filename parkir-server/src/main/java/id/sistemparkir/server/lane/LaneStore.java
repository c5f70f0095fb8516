package id.sistemparkir.server.lane;

/** The lane tables' SQL, one object per table, shared by the entry and exit services (all run on the caller's handle). */
record LaneStore(
        SessionRepository sessions,
        RequestIds requestIds,
        PendingExits pending,
        ExitConflicts conflicts,
        LaneLocks locks,
        LaneEvents events,
        SyncLog syncLog) {}
