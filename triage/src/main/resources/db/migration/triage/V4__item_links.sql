-- Links between inbox items that staff found alike: related, duplicate, or merged (one submission merged into
-- the other through its module). One link per pair of items, kept with the lower item id first; a merge names
-- the item that was merged away.

create sequence triage_link_seq start with 50 increment by 50;

create table triage_link (
    id             bigint      primary key,
    low_item_id    bigint      not null,
    high_item_id   bigint      not null,
    type           varchar(16) not null,
    merged_item_id bigint,
    linked_by      bigint      not null,
    linked_at      timestamp with time zone not null,
    constraint triage_link_pair unique (low_item_id, high_item_id),
    constraint triage_link_order check (low_item_id < high_item_id)
);

-- An item's links are looked up from either side: the unique pair serves the lower id, this the higher.
create index triage_link_high on triage_link (high_item_id);
