-- Bid terms for ideas, as for products: requirement choices, a price floor and a minimum quantity.
create table bids_idea_terms (
    idea_id      bigint primary key,
    price_floor  numeric(12, 2),
    min_quantity integer,
    version      bigint not null
);

create table bids_idea_terms_option (
    idea_id    bigint      not null references bids_idea_terms (idea_id) on delete cascade,
    position   integer     not null,
    group_name varchar(40) not null,
    choice     varchar(60) not null,
    primary key (idea_id, position)
);

-- A campaign counters the bids on one product or on one idea, never both.
alter table bids_campaign alter column product_id drop not null;
alter table bids_campaign add column idea_id bigint;
alter table bids_campaign add constraint bids_campaign_subject_ck
    check ((product_id is not null and idea_id is null) or (product_id is null and idea_id is not null));
create index bids_campaign_idea_ix on bids_campaign (idea_id, created_at);
