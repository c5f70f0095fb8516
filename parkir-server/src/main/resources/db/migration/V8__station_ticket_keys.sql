-- Per-station Ed25519 ticket keys (issue 8, decision 0015). NEVER EDIT THIS FILE once it has landed.
-- Same rules as V1 (UTC DATETIME(3), named constraints, both databases).

-- Stations an administrator enrolled. An entry station (IN) signs tickets with its own key; revoked_at set = its
-- keys sign nothing valid from then on (a lost PC). A rotation after a revocation puts the station back in service.
CREATE TABLE enrolled_stations (
    code        VARCHAR(64)  NOT NULL,
    name        VARCHAR(128) NOT NULL,
    direction   VARCHAR(3)   NOT NULL,
    gate        VARCHAR(16)  NOT NULL,
    enrolled_at DATETIME(3)  NOT NULL,
    enrolled_by VARCHAR(64)  NOT NULL,
    revoked_at  DATETIME(3)  NULL,
    PRIMARY KEY (code),
    CONSTRAINT ck_enrolled_stations_direction CHECK (direction IN ('IN', 'OUT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Public ticket keys only: of enrolled stations, and the server's own (station 'SERVER'). Private keys never come
-- here (the server's is in settings, a station's in its own data dir). retired_at: replaced by a rotation, its tickets
-- stay valid; revoked_at: tickets with an entry time from then on are refused.
CREATE TABLE ticket_keys (
    key_id      VARCHAR(8)   NOT NULL,
    station     VARCHAR(64)  NOT NULL,
    public_key  VARCHAR(128) NOT NULL,
    enrolled_at DATETIME(3)  NOT NULL,
    retired_at  DATETIME(3)  NULL,
    revoked_at  DATETIME(3)  NULL,
    PRIMARY KEY (key_id),
    CONSTRAINT uq_ticket_keys_public_key UNIQUE (public_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_ticket_keys_station ON ticket_keys (station);

-- Who signed a session's ticket: the key, its station (or SERVER) and the signature as printed. NULL for sessions
-- stored before this version (format 1 tickets) and for entries without a ticket code.
ALTER TABLE parking_sessions ADD COLUMN ticket_key_id VARCHAR(8) NULL;
ALTER TABLE parking_sessions ADD COLUMN ticket_signer VARCHAR(64) NULL;
ALTER TABLE parking_sessions ADD COLUMN ticket_signature VARCHAR(104) NULL;

-- The shared HMAC key of format 1 is retired: every lane held it, so it proves nothing any more.
DELETE FROM settings WHERE setting_key = 'ticket.signing-key';
