-- Sistem Parkir Modern, schema version 6: the back office (issue 12).
-- NEVER EDIT THIS FILE once it has landed. Same rules as V1 (UTC DATETIME(3), named constraints, both databases).

-- Audit lines keep the state before and after a change (JSON), not only a summary.
ALTER TABLE audit_log ADD COLUMN before_state TEXT NULL;
ALTER TABLE audit_log ADD COLUMN after_state TEXT NULL;
CREATE INDEX ix_audit_log_actor ON audit_log (actor);
CREATE INDEX ix_audit_log_target ON audit_log (target);

-- A season pass is known by its card; NULL only for rows made before V6.
ALTER TABLE members ADD COLUMN card_number VARCHAR(64) NULL;
CREATE UNIQUE INDEX uq_members_card_number ON members (card_number);

-- Stations: who is logged in there, records that need attention (from heartbeats), and the last
-- authenticated HTTP call made from the station (command-line lanes send no heartbeats).
ALTER TABLE stations ADD COLUMN operator VARCHAR(64) NULL;
ALTER TABLE stations ADD COLUMN needs_attention INT NULL;
ALTER TABLE stations ADD COLUMN last_call_at DATETIME(3) NULL;
ALTER TABLE stations ADD COLUMN last_call_user VARCHAR(64) NULL;

-- "Money that needs a look": one resolution per listed item (kind + the id of the session or exit).
CREATE TABLE review_resolutions (
    kind        VARCHAR(32)  NOT NULL,
    subject_id  CHAR(36)     NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    resolved_by VARCHAR(64)  NOT NULL,
    resolved_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (kind, subject_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE INDEX ix_parking_sessions_status_entry_time ON parking_sessions (status, entry_time);
CREATE INDEX ix_sync_log_station ON sync_log (station);
