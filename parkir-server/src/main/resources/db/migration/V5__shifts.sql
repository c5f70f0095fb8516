-- Cashier shifts at lane stations (issue 11). NEVER EDIT once landed; same rules as V1 (UTC DATETIME(3),
-- CHAR(36) ids, BIGINT rupiah, named constraints, InnoDB utf8mb4_bin).
--
-- A shift belongs to one operator at one station. open_key is '<station>/<username>' while the shift is OPEN
-- and NULL once CLOSED: its unique constraint allows one open shift per operator and station at a time on both
-- databases (NULLs never collide), so two logins at once cannot open two shifts. Its transactions are not
-- stored here: they are the sessions whose exit (or entry) that operator recorded at that station between
-- opened_at and closed_at, counted at closing into the cash_* and *_count columns (the report stays as it was
-- closed even if a late offline record arrives afterwards; the live figures remain derivable).
CREATE TABLE shifts (
    id              CHAR(36)     NOT NULL,
    username        VARCHAR(64)  NOT NULL,
    station         VARCHAR(64)  NOT NULL,
    status          VARCHAR(8)   NOT NULL,
    open_key        VARCHAR(130) NULL,
    opened_at       DATETIME(3)  NOT NULL,
    closed_at       DATETIME(3)  NULL,
    closed_by       VARCHAR(64)  NULL,
    entries_count   INT          NULL,
    exits_count     INT          NULL,
    lost_tickets    INT          NULL,
    revenue         BIGINT       NULL,
    cash_expected   BIGINT       NULL,
    cash_counted    BIGINT       NULL,
    cash_difference BIGINT       NULL,
    note            VARCHAR(255) NULL,
    created_at      DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_shifts_open_key UNIQUE (open_key),
    CONSTRAINT ck_shifts_status CHECK (status IN ('OPEN', 'CLOSED')),
    CONSTRAINT ck_shifts_open_key CHECK ((status = 'OPEN') = (open_key IS NOT NULL)),
    CONSTRAINT ck_shifts_cash CHECK (cash_counted IS NULL OR cash_counted >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_shifts_station_opened_at ON shifts (station, opened_at);
CREATE INDEX ix_shifts_opened_at ON shifts (opened_at);
-- A shift's exits are found by operator, station and exit time.
CREATE INDEX ix_parking_sessions_exit_operator ON parking_sessions (exit_operator, exit_station, exit_time);
CREATE INDEX ix_parking_sessions_entry_operator ON parking_sessions (entry_operator, entry_station, entry_time);
