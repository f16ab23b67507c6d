-- Events waiting to be published to Kafka. A service writes a row in the same transaction as
-- the state change it announces; the relay publishes it and stamps published_at. A crash between
-- the commit and the publish leaves the row unpublished, so the relay sends it after restart.
create table outbox_event (
    id           bigserial primary key,
    event_id     varchar(64)  not null,
    topic        varchar(200) not null,
    record_key   varchar(500) not null,
    event_type   varchar(200) not null,
    source       varchar(200) not null,
    subject      varchar(500),
    occurred_at  timestamptz  not null,
    payload      text         not null,
    created_at   timestamptz  not null default now(),
    published_at timestamptz,
    attempts     integer      not null default 0
);

create index outbox_event_unpublished on outbox_event (id) where published_at is null;
