-- Support tickets. Written in the SQL that PostgreSQL and H2 (in PostgreSQL mode) both accept.
-- Accounts, teams and product areas are core's: referenced by id only, as every context does across modules.

create sequence selfservice_ticket_seq start with 1000 increment by 50;
create sequence selfservice_message_seq start with 50 increment by 50;
create sequence selfservice_attachment_seq start with 50 increment by 50;
create sequence selfservice_sla_policy_seq start with 50 increment by 50;
create sequence selfservice_canned_reply_seq start with 50 increment by 50;
create sequence selfservice_deflection_seq start with 50 increment by 50;

create table selfservice_ticket (
    id                  bigint        primary key,
    customer_id         bigint        not null,
    -- the customer's tier when the ticket was opened, so its targets do not shift when the tier changes
    customer_tier       varchar(16)   not null,
    area_id             bigint,
    subject             varchar(200)  not null,
    description         varchar(20000) not null,
    priority            varchar(16)   not null,
    status              varchar(20)   not null,
    channel             varchar(10)   not null,
    team_id             bigint,
    assignee_id         bigint,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    first_response_due  timestamp with time zone not null,
    first_response_at   timestamp with time zone,
    -- the resolution clock: business seconds of the target and used so far, and when it last started
    sla_target_seconds  bigint        not null,
    sla_used_seconds    bigint        not null,
    sla_running_since   timestamp with time zone,
    resolution_due      timestamp with time zone,
    resolution_breached boolean,
    solved_at           timestamp with time zone,
    closed_at           timestamp with time zone,
    rating_satisfied    boolean,
    rating_comment      varchar(2000),
    rated_at            timestamp with time zone,
    idea_id             bigint,
    merged_into_id      bigint,
    version             bigint        not null
);
-- A customer's own tickets, newest activity first.
create index selfservice_ticket_customer_ix on selfservice_ticket (customer_id, updated_at);
-- Queues: per team or per assignee, active statuses, ordered by what is due first.
create index selfservice_ticket_team_ix on selfservice_ticket (team_id, status, resolution_due);
create index selfservice_ticket_assignee_ix on selfservice_ticket (assignee_id, status, resolution_due);
create index selfservice_ticket_status_ix on selfservice_ticket (status, resolution_due);
create index selfservice_ticket_solved_ix on selfservice_ticket (status, solved_at);

create table selfservice_message (
    id          bigint        primary key,
    ticket_id   bigint        not null references selfservice_ticket (id) on delete cascade,
    author_id   bigint,
    from_staff  boolean       not null,
    visibility  varchar(10)   not null,
    body        varchar(20000) not null,
    channel     varchar(10)   not null,
    created_at  timestamp with time zone not null
);
create index selfservice_message_ticket_ix on selfservice_message (ticket_id, created_at);

create table selfservice_attachment (
    id            bigint        primary key,
    ticket_id     bigint        not null references selfservice_ticket (id) on delete cascade,
    message_id    bigint,
    uploader_id   bigint,
    internal      boolean       not null,
    file_name     varchar(200)  not null,
    content_type  varchar(120)  not null,
    size_bytes    bigint        not null,
    created_at    timestamp with time zone not null
);
create index selfservice_attachment_ticket_ix on selfservice_attachment (ticket_id);

create table selfservice_attachment_content (
    attachment_id bigint primary key references selfservice_attachment (id) on delete cascade,
    content       bytea  not null
);

-- Targets in business minutes per priority, for one tier or (tier null) for every other tier.
create table selfservice_sla_policy (
    id                     bigint      primary key,
    priority               varchar(16) not null,
    tier                   varchar(16),
    first_response_minutes integer     not null,
    resolution_minutes     integer     not null,
    version                bigint      not null
);
create unique index selfservice_sla_policy_uq on selfservice_sla_policy (priority, tier);

insert into selfservice_sla_policy (id, priority, tier, first_response_minutes, resolution_minutes, version) values
    (1, 'URGENT', null, 60, 480, 0),
    (2, 'HIGH', null, 240, 960, 0),
    (3, 'NORMAL', null, 480, 2400, 0),
    (4, 'LOW', null, 960, 4800, 0),
    (5, 'URGENT', 'PLATINUM', 30, 240, 0),
    (6, 'HIGH', 'PLATINUM', 120, 480, 0),
    (7, 'NORMAL', 'PLATINUM', 240, 1200, 0),
    (8, 'URGENT', 'GOLD', 45, 360, 0),
    (9, 'HIGH', 'GOLD', 180, 720, 0),
    (10, 'NORMAL', 'GOLD', 360, 1920, 0);

create table selfservice_canned_reply (
    id      bigint        primary key,
    title   varchar(100)  not null,
    body    varchar(5000) not null,
    version bigint        not null
);

insert into selfservice_canned_reply (id, title, body, version) values
    (1, 'Thanks, we are on it', 'Hello {{customer.name}},

thank you for your message about "{{ticket.subject}}" ({{ticket.number}}). We are looking into it and will get back to you soon.

{{agent.name}}', 0),
    (2, 'Solved, please confirm', 'Hello {{customer.name}},

we believe {{ticket.number}} is solved now. If anything is still wrong, just reply and the ticket opens again.

{{agent.name}}', 0);

create table selfservice_deflection (
    id          bigint       primary key,
    customer_id bigint,
    article_id  bigint       not null,
    typed_text  varchar(200),
    created_at  timestamp with time zone not null
);
create index selfservice_deflection_article_ix on selfservice_deflection (article_id);

-- Every e-mail taken in, by Message-ID: imports are idempotent and replies find their ticket.
create table selfservice_mail_receipt (
    message_id  varchar(500) primary key,
    ticket_id   bigint       not null references selfservice_ticket (id) on delete cascade,
    opened      boolean      not null,
    received_at timestamp with time zone not null
);
create index selfservice_mail_receipt_ticket_ix on selfservice_mail_receipt (ticket_id);
