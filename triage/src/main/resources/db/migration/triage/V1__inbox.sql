-- The triage inbox: a projection of every module's submissions, routing rules and saved inbox views.
-- Written in the SQL that PostgreSQL and H2 (in PostgreSQL mode) both accept. Accounts, teams, areas and
-- submissions belong to other modules: referenced by id only.

create sequence triage_item_seq start with 50 increment by 50;
create sequence triage_rule_seq start with 50 increment by 50;
create sequence triage_view_seq start with 50 increment by 50;

create table triage_item (
    id                bigint        primary key,
    kind              varchar(40)   not null,
    submission_id     bigint        not null,
    customer_id       bigint        not null,
    customer_tier     varchar(16)   not null,
    customer_language varchar(10)   not null,
    area_id           bigint,
    title             varchar(300)  not null,
    summary           varchar(2000) not null,
    status            varchar(40)   not null,
    closed            boolean       not null,
    team_id           bigint,
    assignee_id       bigint,
    assigned_at       timestamp with time zone,
    priority          varchar(16)   not null,
    tags              varchar(400)  not null,
    confidential      boolean       not null,
    routed_by_rule_id bigint,
    received_at       timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    revision          bigint        not null,
    version           bigint        not null,
    -- one item per submission, also when an event and the start-up reconciliation race
    constraint triage_item_submission unique (kind, submission_id)
);

-- The inbox pages newest first, usually narrowed by team, kind or state.
create index triage_item_received on triage_item (received_at, id);
create index triage_item_team on triage_item (team_id, received_at);
create index triage_item_kind on triage_item (kind, received_at);
create index triage_item_area on triage_item (area_id, received_at);
create index triage_item_open on triage_item (closed, received_at);
create index triage_item_customer on triage_item (customer_id, received_at);
create index triage_item_assignee on triage_item (assignee_id, closed);

create table triage_rule (
    id           bigint       primary key,
    place        integer      not null,
    name         varchar(80)  not null,
    enabled      boolean      not null,
    kinds        varchar(255) not null,
    area_ids     varchar(255) not null,
    text_query   varchar(500) not null,
    tiers        varchar(255) not null,
    languages    varchar(255) not null,
    team_id      bigint,
    priority     varchar(16)  not null,
    tags         varchar(255) not null,
    assignment   varchar(16)  not null,
    confidential boolean      not null,
    version      bigint       not null
);

create table triage_view (
    id       bigint        primary key,
    owner_id bigint        not null,
    name     varchar(60)   not null,
    query    varchar(1000) not null,
    constraint triage_view_name unique (owner_id, name)
);
