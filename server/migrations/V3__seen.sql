-- When each tablet was last heard from (Unix ms), as the instances note it every few
-- seconds: the moderator's list shows it whichever instance each tablet talks to.
CREATE TABLE seen (
    grant_id bytea PRIMARY KEY,
    at_ms bigint NOT NULL
);
