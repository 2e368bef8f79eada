-- Local users of the console (issue: video wall, roles and the offline leader). Passwords are stored only as slow
-- salted hashes; failed attempts and the lockout survive a restart.
CREATE TABLE local_user (
    username        VARCHAR(64)  NOT NULL PRIMARY KEY,
    display_name    VARCHAR(200) NOT NULL,
    role            VARCHAR(16)  NOT NULL,
    password_hash   VARCHAR(256) NOT NULL,
    failed_attempts INTEGER      NOT NULL DEFAULT 0,
    locked_until    TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
