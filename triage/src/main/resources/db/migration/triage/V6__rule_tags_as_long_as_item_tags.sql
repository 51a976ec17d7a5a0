-- A rule adds up to ten tags of up to 30 characters, as an item holds: the rule's column is as wide as the item's.
alter table triage_rule alter column tags set data type varchar(400);
