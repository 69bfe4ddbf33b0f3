-- Single-use download tickets (server/src/tickets.rs), here so that any instance redeems a
-- ticket another issued: the hash of the ticket, the hash of the key that asked for it (checked
-- again on use), and when it stops working (Unix ms). Rows live a minute.
CREATE TABLE tickets (
    hash bytea PRIMARY KEY,
    workshop uuid NOT NULL,
    key_hash bytea NOT NULL,
    expires_ms bigint NOT NULL
);
