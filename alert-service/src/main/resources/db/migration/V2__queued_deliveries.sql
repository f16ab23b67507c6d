-- Deliveries of one document to one subscription go one at a time: only the earliest is 'pending'
-- (claimable); later ones wait as 'queued' and are promoted when it succeeds or is exhausted.
-- Claims then probe one small index range per subscription instead of checking order row by row.
drop index delivery_order;
drop index delivery_due;

create index delivery_claimable on delivery (subscription_id, next_attempt_at, seq)
    where status = 'pending';
create index delivery_waiting on delivery (subscription_id, order_key, seq)
    where status in ('pending', 'queued');
create index delivery_queued on delivery (seq) where status = 'queued';
