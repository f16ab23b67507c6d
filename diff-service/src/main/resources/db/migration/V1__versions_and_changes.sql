-- Every snapshot the service has accepted, keyed by what makes it unique. A repeated snapshot
-- finds its receipt and changes nothing.
create table snapshot_receipt (
    document_id  varchar(200) not null,
    text_sha256  char(64)     not null,
    captured_at  timestamptz  not null,
    received_at  timestamptz  not null default now(),
    outcome      varchar(20)  not null,
    version      integer,
    primary key (document_id, text_sha256, captured_at)
);

-- One row per distinct text of a document, numbered 1, 2, ... The chain hash covers the text
-- hash, the capture time and the previous version's chain hash, so editing or deleting any
-- stored version breaks the chain from that point on.
create table document_version (
    id                bigserial    primary key,
    document_id       varchar(200) not null,
    platform          varchar(100) not null,
    document_type     varchar(100) not null,
    number            integer      not null,
    text              text         not null,
    text_sha256       char(64)     not null,
    captured_at       timestamptz  not null,
    recorded_at       timestamptz  not null default now(),
    source_urls       text,
    historical        boolean      not null,
    reextraction      boolean      not null,
    rules_version     integer,
    stated_updated    date,
    stated_effective  date,
    previous_hash     char(64),
    chain_hash        char(64)     not null,
    unique (document_id, number)
);

create index document_version_by_time on document_version (document_id, captured_at);

-- One row per new version: the change from the version before it (from_version 0 for the
-- first). The summary is what the event carried; detail is the full provision-level analysis.
create table document_change (
    change_id          varchar(64)  primary key,
    document_id        varchar(200) not null,
    platform           varchar(100) not null,
    document_type      varchar(100) not null,
    from_version       integer      not null,
    to_version         integer      not null,
    captured_at        timestamptz  not null,
    significance       varchar(16)  not null,
    significance_rank  smallint     not null,
    historical         boolean      not null,
    flapping           boolean      not null,
    summary            text         not null,
    previous_captured_at timestamptz,
    detail             text         not null,
    unique (document_id, to_version)
);

create index document_change_newest on document_change (captured_at desc, change_id desc);

create table change_topic (
    change_id  varchar(64)  not null references document_change (change_id),
    topic      varchar(100) not null,
    primary key (change_id, topic)
);

create table change_regulation (
    change_id   varchar(64)  not null references document_change (change_id),
    regulation  varchar(200) not null,
    primary key (change_id, regulation)
);

create index change_topic_by_topic on change_topic (topic);
create index change_regulation_by_regulation on change_regulation (regulation);

-- The provisions of every version, with the stable id that follows a clause across versions.
create table provision (
    id              bigserial    primary key,
    version_id      bigint       not null references document_version (id),
    document_id     varchar(200) not null,
    platform        varchar(100) not null,
    version_number  integer      not null,
    ordinal         integer      not null,
    provision_id    varchar(40)  not null,
    kind            varchar(16)  not null,
    path            text         not null,
    text            text         not null,
    topics          text         not null,
    search          tsvector     generated always as
                        (to_tsvector('english', left(text, 200000))) stored,
    unique (version_id, ordinal)
);

create index provision_by_id on provision (provision_id, version_number);
create index provision_search on provision using gin (search);
