-- The staff dashboard counts a period's feedback rounds in the requests' history: this index holds every column
-- it reads, so a period is a slice of the index instead of a scan of the whole history.
create index samples_history_at_ix on samples_history (at, to_state, from_state, actor_id, request_id);
