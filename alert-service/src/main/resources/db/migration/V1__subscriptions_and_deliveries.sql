-- Webhook subscriptions. A deleted subscription keeps its row (deleted_at) so that every replica's
-- matching index learns about the deletion from the same change feed as about any other edit.
create table subscription (
    id                       varchar(40)   primary key,
    owner                    varchar(200),
    url                      varchar(2048) not null,
    description              varchar(500),
    filters                  text          not null,
    state                    varchar(16)   not null,
    disabled_reason          varchar(500),
    secret                   varchar(200)  not null,
    previous_secret          varchar(200),
    previous_secret_until    timestamptz,
    failing_since            timestamptz,
    created_at               timestamptz   not null,
    updated_at               timestamptz   not null,
    deleted_at               timestamptz
);

create index subscription_owner on subscription (owner, created_at, id) where deleted_at is null;
create index subscription_updated on subscription (updated_at);

-- One row per event that at least one subscription wanted: the CloudEvents JSON body, stored once
-- and shared by every delivery of the event.
create table webhook_event (
    event_id     varchar(64)  primary key,
    event_type   varchar(200) not null,
    document_id  varchar(200),
    body         text         not null,
    occurred_at  timestamptz  not null,
    received_at  timestamptz  not null default now()
);

-- One row per (subscription, event). webhook_id is what the receiver sees; it stays the same on
-- every retry and redelivery. seq orders deliveries of one document for one subscription.
create table delivery (
    id               varchar(64)  primary key,
    seq              bigserial    not null,
    subscription_id  varchar(40)  not null references subscription (id),
    event_id         varchar(64)  not null references webhook_event (event_id),
    order_key        varchar(200) not null,
    status           varchar(16)  not null,
    attempts         integer      not null default 0,
    next_attempt_at  timestamptz  not null,
    lease_until      timestamptz,
    last_attempt_at  timestamptz,
    last_status      integer,
    last_error       varchar(500),
    created_at       timestamptz  not null default now(),
    completed_at     timestamptz,
    unique (subscription_id, event_id)
);

create index delivery_due on delivery (next_attempt_at) where status = 'pending';
create index delivery_order on delivery (subscription_id, order_key, seq) where status = 'pending';
create index delivery_log on delivery (subscription_id, seq);

-- Every attempt of every delivery, for the delivery log and the endpoint statistics.
create table delivery_attempt (
    id                bigserial    primary key,
    delivery_id       varchar(64)  not null references delivery (id) on delete cascade,
    subscription_id   varchar(40)  not null,
    attempted_at      timestamptz  not null,
    status_code       integer,
    latency_ms        integer      not null,
    error_class       varchar(40),
    response_excerpt  varchar(2048)
);

create index delivery_attempt_by_delivery on delivery_attempt (delivery_id, id);
create index delivery_attempt_by_subscription on delivery_attempt (subscription_id, attempted_at);
