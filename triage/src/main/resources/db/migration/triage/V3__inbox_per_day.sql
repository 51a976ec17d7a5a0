-- The dashboard counts a period's items per day by kind and by product area: this index holds every column
-- those counts read, so they scan the period's slice of the index alone and never visit the table.
create index triage_item_day on triage_item (received_at, area_id, kind);
