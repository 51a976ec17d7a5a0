-- A bid is on a catalog product or on an idea (the feedback module's, referenced by id), never both.
alter table bids_bid alter column product_id drop not null;
alter table bids_bid add column idea_id bigint;
alter table bids_bid add constraint bids_bid_subject_ck
    check ((product_id is not null and idea_id is null) or (product_id is null and idea_id is not null));
create index bids_bid_idea_ix on bids_bid (idea_id, state);
