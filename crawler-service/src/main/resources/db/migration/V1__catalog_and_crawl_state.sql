-- Platforms and the documents watched on them. A document's id is "platform/type".
create table platform (
    id          varchar(64)  primary key,
    name        varchar(200) not null,
    updated_at  timestamptz  not null default now()
);

create table document (
    id                   varchar(130) primary key,
    platform_id          varchar(64)  not null references platform (id),
    doc_type             varchar(64)  not null,
    name                 varchar(300) not null,
    language             varchar(35),
    region               varchar(35),
    check_interval_s     bigint       not null,
    enabled              boolean      not null default true,
    origin               varchar(16)  not null,
    catalog_hash         varchar(64),
    rules_version        integer      not null,
    next_check_at        timestamptz  not null,
    last_checked_at      timestamptz,
    last_success_at      timestamptz,
    last_failure_at      timestamptz,
    last_failure_class   varchar(32),
    last_failure_detail  varchar(1000),
    consecutive_failures integer      not null default 0,
    failing_since        timestamptz,
    last_text_sha256     varchar(64),
    last_rules_version   integer,
    created_at           timestamptz  not null default now()
);

-- The scheduler scans this with FOR UPDATE SKIP LOCKED every second.
create index document_due on document (next_check_at) where enabled;

-- Extraction rules with their validity, so an archived page can be re-extracted with the rules
-- of its day. The current version of a document has valid_to null.
create table extraction_rules (
    document_id  varchar(130) not null references document (id),
    version      integer      not null,
    urls         text         not null,
    select_css   text         not null,
    remove_css   text         not null,
    checked_note varchar(500),
    valid_from   timestamptz  not null,
    valid_to     timestamptz,
    primary key (document_id, version)
);

-- What the last fetch of each URL of a document returned: validators for conditional GET and
-- the archived body to re-extract when the server answers 304.
create table page_state (
    document_id    varchar(130)  not null references document (id),
    url            varchar(2000) not null,
    etag           varchar(500),
    last_modified  varchar(100),
    raw_sha256     varchar(64)   not null,
    fetched_at     timestamptz   not null,
    primary key (document_id, url)
);

-- Raw responses, stored once per distinct body (SHA-256 of the decoded bytes), gzip-compressed.
create table raw_response (
    sha256        varchar(64)  primary key,
    content_type  varchar(200) not null,
    size_bytes    integer      not null,
    body_gzip     bytea        not null,
    first_url     varchar(2000) not null,
    first_seen_at timestamptz  not null
);

-- Every snapshot the crawler published.
create table snapshot (
    id            bigserial    primary key,
    document_id   varchar(130) not null references document (id),
    captured_at   timestamptz  not null,
    text_sha256   varchar(64)  not null,
    raw_sha256    text         not null,
    rules_version integer      not null,
    reextraction  boolean      not null,
    event_id      varchar(64)  not null
);

create index snapshot_document on snapshot (document_id, captured_at);
