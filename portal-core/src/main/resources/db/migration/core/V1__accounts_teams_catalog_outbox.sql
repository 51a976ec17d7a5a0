-- Core tables. Written in the SQL that PostgreSQL and H2 (in PostgreSQL mode) both accept, so one
-- script serves both databases.

-- EclipseLink reads a sequence value as the last id of a block of 50 (allocationSize), so sequences
-- start at 50.
create sequence core_account_seq start with 50 increment by 50;
create sequence core_token_seq start with 50 increment by 50;
create sequence core_catalog_seq start with 50 increment by 50;
create sequence core_team_seq start with 50 increment by 50;
create sequence core_outbox_seq start with 50 increment by 50;

create table core_account (
    id            bigint       primary key,
    email         varchar(254) not null,
    display_name  varchar(80)  not null,
    -- null while an invited staff member has not chosen a password yet
    password_hash varchar(512),
    tier          varchar(16)  not null,
    language      varchar(8)   not null,
    enabled       boolean      not null,
    created_at    timestamp with time zone not null,
    version       bigint       not null
);
-- e-mail addresses are stored in lower case, so this also makes them unique regardless of case
create unique index core_account_email_uk on core_account (email);

create table core_account_role (
    account_id bigint      not null references core_account (id) on delete cascade,
    role       varchar(32) not null,
    primary key (account_id, role)
);

-- Personal API tokens and one-time links keep only a SHA-256 of the secret: a leaked table grants nothing.
create table core_api_token (
    id           bigint       primary key,
    account_id   bigint       not null references core_account (id) on delete cascade,
    name         varchar(80)  not null,
    token_hash   varchar(64)  not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone,
    last_used_at timestamp with time zone
);
create unique index core_api_token_hash_uk on core_api_token (token_hash);
create index core_api_token_account_ix on core_api_token (account_id);

create table core_one_time_token (
    id         bigint      primary key,
    account_id bigint      not null references core_account (id) on delete cascade,
    purpose    varchar(16) not null,
    token_hash varchar(64) not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone
);
create unique index core_one_time_token_hash_uk on core_one_time_token (token_hash);

create table core_product_area (
    id          bigint       primary key,
    name        varchar(80)  not null,
    description varchar(500),
    active      boolean      not null,
    version     bigint       not null
);
create unique index core_product_area_name_uk on core_product_area (name);

create table core_product (
    id          bigint        primary key,
    area_id     bigint        not null references core_product_area (id),
    name        varchar(120)  not null,
    description varchar(2000),
    currency    varchar(3)    not null,
    list_price  numeric(12, 2),
    active      boolean       not null,
    version     bigint        not null
);
create unique index core_product_name_uk on core_product (area_id, name);

create table core_team (
    id      bigint      primary key,
    name    varchar(80) not null,
    kind    varchar(16) not null,
    version bigint      not null
);
create unique index core_team_name_uk on core_team (name);

create table core_team_area (
    team_id bigint not null references core_team (id) on delete cascade,
    area_id bigint not null references core_product_area (id),
    primary key (team_id, area_id)
);

create table core_team_member (
    team_id    bigint not null references core_team (id) on delete cascade,
    account_id bigint not null references core_account (id) on delete cascade,
    primary key (team_id, account_id)
);
create index core_team_member_account_ix on core_team_member (account_id);

-- Transactional outbox: a message is written in the same transaction as the change that causes it and
-- delivered afterwards, with retries, by the mail relay.
create table core_outbox (
    id              bigint        primary key,
    recipient       varchar(254)  not null,
    subject         varchar(200)  not null,
    body            varchar(20000) not null,
    status          varchar(16)   not null,
    attempts        integer       not null,
    next_attempt_at timestamp with time zone not null,
    last_error      varchar(1000),
    created_at      timestamp with time zone not null,
    sent_at         timestamp with time zone
);
create index core_outbox_due_ix on core_outbox (status, next_attempt_at);
