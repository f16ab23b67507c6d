-- The replica that holds a delivery's lease, so that a replica restarted after a crash takes back
-- at once the deliveries it had in flight instead of waiting for their leases to run out.
alter table delivery add column lease_holder text;
create index delivery_leased on delivery (lease_holder) where lease_until is not null;
