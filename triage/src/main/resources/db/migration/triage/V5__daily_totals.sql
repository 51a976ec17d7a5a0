-- The dashboard's submissions per UTC day by kind and product area, kept for days that are over so that a period
-- reads a few thousand totals instead of counting every item again (a month of the benchmark's inbox holds a
-- million). Today is always counted live, and submitting never writes here.
--
-- One row per day that was ever counted or made stale; its row lock orders the writers of that day's totals:
-- whoever fills a day or makes it stale (an item of a past day added, moved to another area or removed) first
-- locks this row, so a filler never misses an item that commits meanwhile and two fillers never count twice.
-- counted: whether triage_day_total holds the day's totals now; otherwise the day is counted live.
create table triage_day (
    epoch_day integer not null primary key, -- UTC days since 1970-01-01
    counted   boolean not null
);

-- The items of a counted day by kind and area (area_id null: items without a product area); a day, or a day of
-- one area, is read from this index alone.
create table triage_day_total (
    epoch_day integer     not null,
    kind      varchar(40) not null,
    area_id   bigint,
    items     bigint      not null
);
create index triage_day_total_day on triage_day_total (epoch_day, area_id, kind, items);
