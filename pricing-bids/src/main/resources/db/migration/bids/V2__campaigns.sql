-- Campaigns: one counteroffer to many bids, binding only if enough units are committed by the deadline.
create sequence bids_campaign_seq start with 50 increment by 50;

create table bids_campaign (
    id              bigint         primary key,
    product_id      bigint         not null,
    unit_price      numeric(12, 2) not null,
    min_units       bigint         not null,
    deadline        timestamp with time zone not null,
    requirements    varchar(2000),
    message         varchar(1000),
    state           varchar(16)    not null,
    created_by      bigint         not null,
    created_at      timestamp with time zone not null,
    closed_at       timestamp with time zone,
    committed_units bigint,
    version         bigint         not null
);
create index bids_campaign_due_ix on bids_campaign (state, deadline);
create index bids_campaign_product_ix on bids_campaign (product_id, created_at);

create table bids_campaign_option (
    campaign_id bigint      not null references bids_campaign (id) on delete cascade,
    position    integer     not null,
    group_name  varchar(40) not null,
    choice      varchar(60) not null,
    primary key (campaign_id, position)
);

alter table bids_bid add column campaign_id bigint references bids_campaign (id);
create index bids_bid_campaign_ix on bids_bid (campaign_id, state);
