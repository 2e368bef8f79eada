-- What the console's camera wall observes of each camera it plays (live, no signal, unauthorized, ...), apart from
-- the registry's own status, so that counts of cameras without a picture can feed alerts. One row per camera, the
-- latest state and since when. Portable SQL (H2 and PostgreSQL).
CREATE TABLE camera_observation (
    camera_id   VARCHAR(64) NOT NULL PRIMARY KEY,
    state       VARCHAR(16) NOT NULL,
    down        BOOLEAN     NOT NULL,
    since       TIMESTAMP WITH TIME ZONE NOT NULL,
    observed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX camera_observation_down ON camera_observation (down);
