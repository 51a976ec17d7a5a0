-- The staff dashboard sums the revenue of a period's open and accepted bids: this index finds them by state
-- and time, so the period's other bids are never read.
create index bids_bid_state_created_ix on bids_bid (state, created_at, area_id);
