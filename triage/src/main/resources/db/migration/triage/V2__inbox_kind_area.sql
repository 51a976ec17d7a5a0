-- The inbox filtered by kind and product area, open items newest first: the page and its bounded count read
-- this index alone (the count never touches the table), instead of every item of the area.
create index triage_item_kind_area on triage_item (kind, area_id, closed, received_at, id, confidential);
