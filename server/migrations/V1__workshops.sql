-- stakemap's shared store (server/src/store/postgres.rs). The same data as the sled store,
-- as JSON in the same shapes, so a store can move between them (`stakemap migrate`).

-- A workshop's setup, and where its log ends: a writer's records are taken only if they
-- follow this tip (seq and the last record's edit id), which this row's lock serialises.
CREATE TABLE workshops (
    id uuid PRIMARY KEY,
    setup jsonb NOT NULL,
    seq bigint NOT NULL DEFAULT 0,
    last_edit text,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- Each workshop's log of validated edits. No foreign key: a record is only ever written
-- by the statement that moved its workshop's tip.
CREATE TABLE log (
    workshop uuid NOT NULL,
    seq bigint NOT NULL,
    edit_id text NOT NULL,
    record jsonb NOT NULL,
    PRIMARY KEY (workshop, seq),
    UNIQUE (workshop, edit_id)
);

-- SHA-256 of every key and token (never a secret itself), and what it grants.
CREATE TABLE access (
    hash bytea PRIMARY KEY,
    workshop uuid NOT NULL REFERENCES workshops (id),
    record jsonb NOT NULL
);

-- The links and tablets the moderator can take back (revoked ones are deleted here and
-- marked in `access`).
CREATE TABLE grants (
    workshop uuid NOT NULL REFERENCES workshops (id),
    id bytea NOT NULL,
    record jsonb NOT NULL,
    PRIMARY KEY (workshop, id)
);

CREATE TABLE joins (
    code text PRIMARY KEY,
    workshop uuid NOT NULL REFERENCES workshops (id),
    record jsonb NOT NULL
);
CREATE INDEX joins_by_workshop ON joins (workshop);

CREATE TABLE meta (
    name text PRIMARY KEY,
    value bytea NOT NULL
);
