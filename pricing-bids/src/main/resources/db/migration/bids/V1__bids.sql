-- Counter-price bids. Written in the SQL that PostgreSQL and H2 (in PostgreSQL mode) both accept.
-- Products, areas and accounts are core's: referenced by id only, as every context does across modules.

create sequence bids_bid_seq start with 50 increment by 50;
create sequence bids_history_seq start with 50 increment by 50;

-- What a product team lets customers ask for on one product, and the lowest price it will consider.
create table bids_terms (
    product_id   bigint primary key,
    price_floor  numeric(12, 2),
    min_quantity integer,
    version      bigint not null
);

create table bids_terms_option (
    product_id bigint      not null references bids_terms (product_id) on delete cascade,
    position   integer     not null,
    group_name varchar(40) not null,
    choice     varchar(60) not null,
    primary key (product_id, position)
);

create table bids_bid (
    id                   bigint        primary key,
    product_id           bigint        not null,
    area_id              bigint        not null,
    customer_id          bigint        not null,
    -- the customer's tier when they bid, so demand by tier does not shift when a tier changes later
    customer_tier        varchar(16)   not null,
    currency             varchar(3)    not null,
    unit_price           numeric(12, 2) not null,
    quantity             integer       not null,
    requirements         varchar(2000),
    state                varchar(20)   not null,
    decline_reason       varchar(500),
    expires_at           timestamp with time zone not null,
    created_at           timestamp with time zone not null,
    decided_at           timestamp with time zone,
    counter_price        numeric(12, 2),
    counter_quantity     integer,
    counter_requirements varchar(2000),
    counter_message      varchar(1000),
    counter_expires_at   timestamp with time zone,
    order_status         varchar(20),
    order_carrier        varchar(60),
    order_tracking       varchar(80),
    order_updated_at     timestamp with time zone,
    version              bigint        not null
);
create index bids_bid_product_ix on bids_bid (product_id, state);
create index bids_bid_customer_ix on bids_bid (customer_id, created_at);
create index bids_bid_queue_ix on bids_bid (area_id, state, created_at);
create index bids_bid_due_ix on bids_bid (state, expires_at);

-- The options a customer chose, and those a counteroffer proposes instead.
create table bids_bid_option (
    bid_id     bigint      not null references bids_bid (id) on delete cascade,
    position   integer     not null,
    group_name varchar(40) not null,
    choice     varchar(60) not null,
    primary key (bid_id, position)
);

create table bids_counter_option (
    bid_id     bigint      not null references bids_bid (id) on delete cascade,
    position   integer     not null,
    group_name varchar(40) not null,
    choice     varchar(60) not null,
    primary key (bid_id, position)
);

-- Every state change of a bid, oldest first.
create table bids_history (
    id         bigint       primary key,
    bid_id     bigint       not null references bids_bid (id) on delete cascade,
    at         timestamp with time zone not null,
    actor_id   bigint,
    from_state varchar(20),
    to_state   varchar(20)  not null,
    note       varchar(1000)
);
create index bids_history_bid_ix on bids_history (bid_id, at);
