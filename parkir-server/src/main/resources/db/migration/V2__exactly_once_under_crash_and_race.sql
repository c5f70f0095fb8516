-- Sistem Parkir Modern, schema version 2: exactly-once under crash and race (issue 7).
--
-- NEVER EDIT THIS FILE once it has landed (see V1 for the rules every script here keeps).

-- An exit that lost to another exit of the same parking session AFTER its lane had already let the car go
-- and taken the money: both exits were made offline, or an exit waited for its entry (202) and found the
-- session closed when it was joined. The server never drops such an exit: it is kept here, with its money,
-- for the back office to resolve. One row per losing exit; id is the exit request's id (so a replay finds it).
--   reason: ALREADY_EXITED  the session had exited through winning_exit_id
--           EXIT_PENDING    another exit (winning_exit_id) was already waiting for the same entry
--           SESSION_VOID    the session had been voided by the back office
-- Resolution (who settled it, how) is added by the back-office feature in its own migration.
CREATE TABLE exit_conflicts (
    id              CHAR(36)     NOT NULL,
    entry_id        CHAR(36)     NOT NULL,
    ticket_code     VARCHAR(255) NULL,
    plate           VARCHAR(40)  NULL,
    gate            VARCHAR(32)  NOT NULL,
    exit_time       DATETIME(3)  NOT NULL,
    received_at     DATETIME(3)  NOT NULL,
    recorded_at     DATETIME(3)  NOT NULL,
    offline         BOOLEAN      NOT NULL,
    station         VARCHAR(64)  NULL,
    operator        VARCHAR(64)  NULL,
    fee             BIGINT       NOT NULL,
    paid            BIGINT       NOT NULL,
    payment_method  VARCHAR(32)  NOT NULL,
    lost_ticket     BOOLEAN      NOT NULL,
    reason          VARCHAR(16)  NOT NULL,
    winning_exit_id CHAR(36)     NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_exit_conflicts_reason CHECK (reason IN ('ALREADY_EXITED', 'EXIT_PENDING', 'SESSION_VOID')),
    CONSTRAINT ck_exit_conflicts_money CHECK (fee >= 0 AND paid >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_exit_conflicts_entry_id ON exit_conflicts (entry_id);
CREATE INDEX ix_exit_conflicts_recorded_at ON exit_conflicts (recorded_at);

-- One row per key that lane transactions serialise on ('plate:B1234XYZ', 'entry:<uuid>'). A transaction
-- upserts its key first (INSERT ... ON DUPLICATE KEY UPDATE uses = uses + 1); the row lock, held to commit,
-- makes the next transaction with the same key wait and then see the first one's committed rows. Needed where
-- the row to lock may not exist yet (the first entry of a plate, the first exit of an unseen ticket): READ
-- COMMITTED takes no gap locks, so a plain read cannot decide. Rows are only locks; retention removes old ones.
CREATE TABLE lane_locks (
    lock_key  VARCHAR(80) NOT NULL,
    uses      BIGINT      NOT NULL,
    locked_at DATETIME(3) NOT NULL,
    PRIMARY KEY (lock_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_lane_locks_locked_at ON lane_locks (locked_at);

-- The exit time a lane gave was before the entry time, within the clock tolerance (beyond it the exit is
-- refused; an exit that waited for its entry is flagged whatever the difference, since it was accepted already).
-- The fee was computed for a zero-length stay; the back office sees the flag.
ALTER TABLE parking_sessions ADD COLUMN exit_before_entry BOOLEAN NOT NULL DEFAULT FALSE;

-- Hash of the request as received (before validation), so that a replay of a stored record is recognised
-- whatever today's rules say. NULL for records received before version 2 (their body_hash is compared).
ALTER TABLE request_ids ADD COLUMN raw_hash CHAR(64) NULL;

-- When the "pending exit overdue" alert was published (once per exit; NULL = not yet).
ALTER TABLE pending_exits ADD COLUMN alerted_at DATETIME(3) NULL;
CREATE INDEX ix_pending_exits_received_at ON pending_exits (received_at);

-- Retention of the event log: every seq up to purged_through may be gone. A subscriber asking for events
-- after an older seq is told to reload its snapshot ("resync") instead of silently missing events. A row of
-- its own, not a column of event_sequence: that row is locked by every event-producing transaction.
CREATE TABLE event_log_horizon (
    id             INT    NOT NULL,
    purged_through BIGINT NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_event_log_horizon_single_row CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
INSERT INTO event_log_horizon (id, purged_through) VALUES (1, 0);
