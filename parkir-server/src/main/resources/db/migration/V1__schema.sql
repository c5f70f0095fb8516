-- Sistem Parkir Modern, schema version 1.
--
-- NEVER EDIT THIS FILE once it has landed: Flyway checksums it. Change the schema with V2__..., V3__...
--
-- One script for both databases: H2 2.x in MySQL mode (embedded default) and MariaDB 10.11+ / MySQL 8
-- (production). Rules kept here (docs/decisions/0002-database-access.md):
--   * Every instant is UTC in DATETIME(3), converted in exactly one place (server.db.Times). Never
--     TIMESTAMP (2038 limit, session time-zone conversion) and never a database-side NOW()/DEFAULT
--     CURRENT_TIMESTAMP: times come from the application's injected Clock (or from the lane).
--   * UUIDs are CHAR(36) text; SHA-256 digests are CHAR(64) lower-case hex; money is BIGINT whole rupiah.
--   * Every constraint and index has a name (uq_, fk_, ck_, ix_ + table), except primary keys: MariaDB
--     always calls a primary key PRIMARY and warns (note 1280) about any other name; drop one with
--     ALTER TABLE ... DROP PRIMARY KEY, which both databases accept.
--   * Text compares case-sensitively (utf8mb4_bin on MariaDB, H2's default), the same on both.
--     Plates are stored normalised (upper case, no separators) so no case folding is needed.
--   * No identifier is a reserved word on either database (no `key`, `value`, `user`), so H2 needs no
--     NON_KEYWORDS setting.

CREATE TABLE users (
    id            CHAR(36)     NOT NULL,
    username      VARCHAR(64)  NOT NULL,
    full_name     VARCHAR(128) NULL,
    password_hash VARCHAR(255) NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    active        BOOLEAN      NOT NULL,
    created_at    DATETIME(3)  NOT NULL,
    updated_at    DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_users_username UNIQUE (username),
    CONSTRAINT ck_users_role CHECK (role IN ('ADMIN', 'SUPERVISOR', 'OPERATOR'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Bearer tokens: only the SHA-256 (hex) of the token is stored, never the token itself.
CREATE TABLE auth_tokens (
    token_hash CHAR(64)    NOT NULL,
    user_id    CHAR(36)    NOT NULL,
    station    VARCHAR(64) NULL,
    issued_at  DATETIME(3) NOT NULL,
    expires_at DATETIME(3) NOT NULL,
    revoked    BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (token_hash),
    CONSTRAINT fk_auth_tokens_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_auth_tokens_user ON auth_tokens (user_id);
CREATE INDEX ix_auth_tokens_expires_at ON auth_tokens (expires_at);

CREATE TABLE gates (
    code      VARCHAR(32)  NOT NULL,
    name      VARCHAR(128) NOT NULL,
    direction VARCHAR(3)   NOT NULL,
    active    BOOLEAN      NOT NULL DEFAULT TRUE,
    PRIMARY KEY (code),
    CONSTRAINT ck_gates_direction CHECK (direction IN ('IN', 'OUT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- A tariff is versioned: the version in force at an entry time is the one with the latest
-- effective_from <= entry time (ties: the higher version). Rates are never updated in place.
CREATE TABLE tariff_versions (
    version        INT         NOT NULL,
    effective_from DATETIME(3) NOT NULL,
    created_at     DATETIME(3) NOT NULL,
    created_by     VARCHAR(64) NOT NULL,
    PRIMARY KEY (version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_tariff_versions_effective_from ON tariff_versions (effective_from);

-- vehicle_type has no CHECK on purpose: the classes are a default set (DESIGN §7) and may grow.
CREATE TABLE tariff_rates (
    version       INT         NOT NULL,
    vehicle_type  VARCHAR(16) NOT NULL,
    grace_seconds INT         NOT NULL,
    first_hour    BIGINT      NOT NULL,
    next_hour     BIGINT      NOT NULL,
    max_per_day   BIGINT      NOT NULL,
    lost_ticket   BIGINT      NOT NULL,
    PRIMARY KEY (version, vehicle_type),
    CONSTRAINT fk_tariff_rates_version FOREIGN KEY (version) REFERENCES tariff_versions (version),
    CONSTRAINT ck_tariff_rates_non_negative CHECK (grace_seconds >= 0 AND first_hour >= 0 AND next_hour >= 0
        AND max_per_day >= 0 AND lost_ticket >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Season passes. plate is normalised (B1234XYZ).
CREATE TABLE members (
    id               CHAR(36)     NOT NULL,
    plate            VARCHAR(32)  NOT NULL,
    vehicle_type     VARCHAR(16)  NOT NULL,
    name             VARCHAR(128) NOT NULL,
    valid_from       DATETIME(3)  NOT NULL,
    valid_until      DATETIME(3)  NOT NULL,
    discount_percent INT          NOT NULL DEFAULT 100,
    active           BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at       DATETIME(3)  NOT NULL,
    updated_at       DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_members_discount CHECK (discount_percent BETWEEN 0 AND 100),
    CONSTRAINT ck_members_validity CHECK (valid_until >= valid_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_members_plate ON members (plate);

-- One row per vehicle stay. id is the entry request's client-generated id.
-- "A second exit of one ticket" is decided by
--   UPDATE parking_sessions SET exit_id = ?, ... WHERE id = ? AND exit_id IS NULL
-- and its row count, never by check-then-insert. entry_gate is not a foreign key on purpose: a lane
-- that was offline must never have its records refused because of a gate renamed meanwhile.
CREATE TABLE parking_sessions (
    id                  CHAR(36)     NOT NULL,
    ticket_code         VARCHAR(255) NOT NULL,
    plate               VARCHAR(32)  NOT NULL,
    plate_display       VARCHAR(40)  NOT NULL,
    non_standard_plate  BOOLEAN      NOT NULL DEFAULT FALSE,
    vehicle_type        VARCHAR(16)  NOT NULL,
    status              VARCHAR(8)   NOT NULL,
    entry_gate          VARCHAR(32)  NOT NULL,
    entry_time          DATETIME(3)  NOT NULL,
    entry_received_at   DATETIME(3)  NOT NULL,
    entry_offline       BOOLEAN      NOT NULL,
    entry_station       VARCHAR(64)  NULL,
    entry_operator      VARCHAR(64)  NULL,
    suspected_duplicate BOOLEAN      NOT NULL DEFAULT FALSE,
    tariff_version      INT          NOT NULL,
    exit_id             CHAR(36)     NULL,
    exit_gate           VARCHAR(32)  NULL,
    exit_time           DATETIME(3)  NULL,
    exit_received_at    DATETIME(3)  NULL,
    exit_offline        BOOLEAN      NULL,
    exit_station        VARCHAR(64)  NULL,
    exit_operator       VARCHAR(64)  NULL,
    fee                 BIGINT       NULL,
    expected_fee        BIGINT       NULL,
    fee_mismatch        BOOLEAN      NOT NULL DEFAULT FALSE,
    paid                BIGINT       NULL,
    payment_method      VARCHAR(32)  NULL,
    lost_ticket         BOOLEAN      NOT NULL DEFAULT FALSE,
    member_id           CHAR(36)     NULL,
    void_reason         VARCHAR(255) NULL,
    voided_by           VARCHAR(64)  NULL,
    voided_at           DATETIME(3)  NULL,
    updated_at          DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_parking_sessions_ticket_code UNIQUE (ticket_code),
    CONSTRAINT uq_parking_sessions_exit_id UNIQUE (exit_id),
    CONSTRAINT fk_parking_sessions_tariff FOREIGN KEY (tariff_version) REFERENCES tariff_versions (version),
    CONSTRAINT ck_parking_sessions_status CHECK (status IN ('ACTIVE', 'EXITED', 'VOID')),
    CONSTRAINT ck_parking_sessions_exited_has_exit CHECK (status <> 'EXITED' OR exit_id IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_parking_sessions_status_plate ON parking_sessions (status, plate);
CREATE INDEX ix_parking_sessions_plate ON parking_sessions (plate);
CREATE INDEX ix_parking_sessions_entry_time ON parking_sessions (entry_time);
CREATE INDEX ix_parking_sessions_exit_time ON parking_sessions (exit_time);
CREATE INDEX ix_parking_sessions_tariff_version ON parking_sessions (tariff_version);

-- Exits that arrived before their entry (still in another lane's outbox): body is the exit request
-- JSON, replayed when the entry arrives. id is the exit request's id.
CREATE TABLE pending_exits (
    id          CHAR(36)     NOT NULL,
    ticket_code VARCHAR(255) NULL,
    entry_id    CHAR(36)     NULL,
    body        TEXT         NOT NULL,
    received_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_pending_exits_reference CHECK (ticket_code IS NOT NULL OR entry_id IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_pending_exits_ticket_code ON pending_exits (ticket_code);
CREATE INDEX ix_pending_exits_entry_id ON pending_exits (entry_id);

-- Idempotency keys (DESIGN §5a): inserted in the SAME transaction as the effect.
-- Same id + same body_hash -> duplicate (200); same id + other body_hash -> conflict (409).
CREATE TABLE request_ids (
    id          CHAR(36)    NOT NULL,
    kind        VARCHAR(8)  NOT NULL,
    body_hash   CHAR(64)    NOT NULL,
    received_at DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_request_ids_kind CHECK (kind IN ('entry', 'exit'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_request_ids_received_at ON request_ids (received_at);

-- Entry/exit photos, up to 5 MiB each. MEDIUMBLOB holds 16 MiB on MariaDB (plain BLOB only 64 KiB);
-- H2 takes MEDIUMBLOB as BLOB. No foreign key: a photo may be uploaded before its record.
CREATE TABLE photos (
    record_id    CHAR(36)    NOT NULL,
    kind         VARCHAR(3)  NOT NULL,
    content_type VARCHAR(64) NOT NULL,
    size_bytes   INT         NOT NULL,
    sha256       CHAR(64)    NOT NULL,
    content      MEDIUMBLOB  NOT NULL,
    uploaded_at  DATETIME(3) NOT NULL,
    PRIMARY KEY (record_id),
    CONSTRAINT ck_photos_kind CHECK (kind IN ('IN', 'OUT')),
    CONSTRAINT ck_photos_size CHECK (size_bytes >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Realtime event log (DESIGN §5). seq is NOT auto-increment: it is allocated from event_sequence
-- inside the producing transaction (UPDATE ... SET last_seq = last_seq + 1, then read), so the row
-- lock makes seq order equal commit order and a reader never sees seq N+1 committed before N.
-- Nothing but the primary key is indexed: readers only ask "seq > ? ORDER BY seq".
CREATE TABLE event_log (
    seq        BIGINT      NOT NULL,
    event_type VARCHAR(64) NOT NULL,
    payload    TEXT        NOT NULL,
    created_at DATETIME(3) NOT NULL,
    PRIMARY KEY (seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE event_sequence (
    id       INT    NOT NULL,
    last_seq BIGINT NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_event_sequence_single_row CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- One line per record per sync attempt as the server saw it (created / duplicate / conflict / ...).
CREATE TABLE sync_log (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    record_id   CHAR(36)      NOT NULL,
    kind        VARCHAR(8)    NOT NULL,
    station     VARCHAR(64)   NULL,
    outcome     VARCHAR(32)   NOT NULL,
    message     VARCHAR(1000) NULL,
    received_at DATETIME(3)   NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_sync_log_received_at ON sync_log (received_at);
CREATE INDEX ix_sync_log_record_id ON sync_log (record_id);

CREATE TABLE audit_log (
    id     BIGINT       NOT NULL AUTO_INCREMENT,
    actor  VARCHAR(64)  NOT NULL,
    action VARCHAR(64)  NOT NULL,
    target VARCHAR(255) NULL,
    detail TEXT         NULL,
    at     DATETIME(3)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_audit_log_at ON audit_log (at);

CREATE TABLE settings (
    setting_key   VARCHAR(64) NOT NULL,
    setting_value TEXT        NOT NULL,
    updated_at    DATETIME(3) NOT NULL,
    updated_by    VARCHAR(64) NULL,
    PRIMARY KEY (setting_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Lane/admin stations as last seen over the realtime channel (heartbeats).
CREATE TABLE stations (
    code            VARCHAR(64) NOT NULL,
    app             VARCHAR(32) NULL,
    last_seen       DATETIME(3) NULL,
    pending_offline INT         NOT NULL DEFAULT 0,
    connected       BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Seed data ------------------------------------------------------------------------------------

INSERT INTO event_sequence (id, last_seq) VALUES (1, 0);

-- The default tariff of DESIGN §7, in force since the epoch.
INSERT INTO tariff_versions (version, effective_from, created_at, created_by)
VALUES (1, '1970-01-01 00:00:00.000', '1970-01-01 00:00:00.000', 'system');
INSERT INTO tariff_rates (version, vehicle_type, grace_seconds, first_hour, next_hour, max_per_day, lost_ticket)
VALUES (1, 'MOTOR', 600, 2000, 1000, 10000, 20000),
       (1, 'MOBIL', 600, 5000, 3000, 40000, 50000),
       (1, 'TRUK', 600, 10000, 5000, 80000, 100000);
