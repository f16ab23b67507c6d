-- API keys. Only a SHA-256 digest of each key is kept: keys are 256-bit random values, so a fast
-- digest cannot be reversed by guessing, and lookups stay an index probe per request.
CREATE TABLE api_key (
    id          VARCHAR(64)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    role        VARCHAR(16)  NOT NULL CHECK (role IN ('reader', 'subscriber', 'admin')),
    key_hash    CHAR(64)     NOT NULL UNIQUE,
    key_prefix  VARCHAR(16)  NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    revoked_at  TIMESTAMPTZ
);
