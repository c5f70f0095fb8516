-- Sistem Parkir Modern, schema version 7: short codes an operator can type, and exits without a ticket
-- (issue 8, decision 0016).
-- NEVER EDIT THIS FILE once it has landed. Same rules as V1 (named constraints, both databases).

-- short_code: the ticket's short code (ShortCode.of(id), e.g. 'K7QM-4XTP'), kept for every session.
-- active_short_code: the same while the session is ACTIVE and no other ACTIVE session holds it, NULL otherwise;
-- its unique index makes a short code name at most one vehicle inside. An entry whose code another ACTIVE
-- session already holds (a collision; the printed ticket cannot change) keeps active_short_code NULL and is
-- found through short_code among the candidates the operator chooses from. Rows older than V7 get their
-- short code at the Server's start (computed in Java from the id).
ALTER TABLE parking_sessions ADD COLUMN short_code CHAR(9) NULL;
ALTER TABLE parking_sessions ADD COLUMN active_short_code CHAR(9) NULL;
CREATE INDEX ix_parking_sessions_short_code ON parking_sessions (short_code, status);
CREATE UNIQUE INDEX uq_parking_sessions_active_short_code ON parking_sessions (active_short_code);

-- An exit found by plate whose driver neither showed the ticket nor declared it lost ("ticket not presented",
-- normal fee): flagged for the back office's money to check, never a silent exit.
ALTER TABLE parking_sessions ADD COLUMN ticket_not_presented BOOLEAN NOT NULL DEFAULT FALSE;
