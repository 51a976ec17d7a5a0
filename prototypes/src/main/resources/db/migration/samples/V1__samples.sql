-- Product samples given in exchange for required feedback. Written in the SQL that PostgreSQL and H2 (in
-- PostgreSQL mode) both accept. Products, areas, accounts and ideas belong to other modules: ids only.

create sequence samples_program_seq start with 50 increment by 50;
create sequence samples_request_seq start with 50 increment by 50;
create sequence samples_response_seq start with 50 increment by 50;
create sequence samples_history_seq start with 50 increment by 50;

create table samples_program (
    id               bigint        primary key,
    name             varchar(120)  not null,
    product_version  varchar(40),
    description      varchar(4000),
    image_urls       varchar(2000),
    area_id          bigint        not null,
    product_id       bigint,
    units            integer       not null,
    -- Units promised to approved requests. Only ever raised by a conditional update
    -- (units_taken < units), and the check below makes the database refuse anything beyond the quota.
    units_taken      integer       not null default 0,
    eligible_tiers   varchar(80),
    invitation_only  boolean       not null,
    terms            varchar(20000) not null,
    terms_version    integer       not null,
    opens_at         timestamp with time zone not null,
    closes_at        timestamp with time zone not null,
    due_days         integer       not null,
    second_round_days integer,
    auto_approve     boolean       not null,
    state            varchar(16)   not null,
    created_by       bigint        not null,
    created_at       timestamp with time zone not null,
    version          bigint        not null,
    constraint samples_program_quota_ck check (units_taken >= 0 and units_taken <= units)
);
create index samples_program_state_ix on samples_program (state, closes_at);

create table samples_program_area (
    program_id bigint not null references samples_program (id) on delete cascade,
    area_id    bigint not null,
    primary key (program_id, area_id)
);

create table samples_program_idea (
    program_id bigint not null references samples_program (id) on delete cascade,
    idea_id    bigint not null,
    primary key (program_id, idea_id)
);

create table samples_invitation (
    program_id  bigint not null references samples_program (id) on delete cascade,
    customer_id bigint not null,
    primary key (program_id, customer_id)
);
create index samples_invitation_customer_ix on samples_invitation (customer_id);

create table samples_question (
    program_id bigint        not null references samples_program (id) on delete cascade,
    position   integer       not null,
    text       varchar(500)  not null,
    kind       varchar(16)   not null,
    required   boolean       not null,
    -- the choices of a single or multiple choice question, one per line
    choices    varchar(2000),
    primary key (program_id, position)
);

create table samples_request (
    id                  bigint       primary key,
    program_id          bigint       not null references samples_program (id),
    customer_id         bigint       not null,
    customer_tier       varchar(16)  not null,
    state               varchar(20)  not null,
    motivation          varchar(1000),
    applied_at          timestamp with time zone not null,
    terms_version       integer      not null,
    terms_accepted_at   timestamp with time zone not null,
    decided_at          timestamp with time zone,
    decided_by          bigint,
    decline_reason      varchar(500),
    carrier             varchar(60),
    tracking_number     varchar(80),
    shipped_at          timestamp with time zone,
    delivered_at        timestamp with time zone,
    feedback_round      integer,
    feedback_due_at     timestamp with time zone,
    -- Each reminder of the current round is sent at most once: the job claims it by setting the column
    -- with a conditional update, so two servers never both send it.
    reminded_before_at  timestamp with time zone,
    reminded_due_at     timestamp with time zone,
    reminded_overdue_at timestamp with time zone,
    version             bigint       not null
);
create unique index samples_request_once_uk on samples_request (program_id, customer_id);
create index samples_request_customer_ix on samples_request (customer_id, state);
create index samples_request_program_ix on samples_request (program_id, state, applied_at);
create index samples_request_due_ix on samples_request (state, feedback_due_at);

create table samples_history (
    id         bigint       primary key,
    request_id bigint       not null references samples_request (id) on delete cascade,
    at         timestamp with time zone not null,
    actor_id   bigint,
    from_state varchar(20),
    to_state   varchar(20)  not null,
    note       varchar(500)
);
create index samples_history_request_ix on samples_history (request_id, at);

-- One customer's answers to one feedback round: a draft until submitted.
create table samples_response (
    id           bigint      primary key,
    request_id   bigint      not null references samples_request (id) on delete cascade,
    program_id   bigint      not null,
    round        integer     not null,
    submitted    boolean     not null,
    saved_at     timestamp with time zone not null,
    submitted_at timestamp with time zone,
    version      bigint      not null
);
create unique index samples_response_round_uk on samples_response (request_id, round);
create index samples_response_program_ix on samples_response (program_id, submitted, round);

create table samples_answer (
    response_id bigint        not null references samples_response (id) on delete cascade,
    position    integer       not null,
    rating      integer,
    -- chosen options, one per line
    choices     varchar(2000),
    text        varchar(4000),
    primary key (response_id, position)
);

-- The product areas each customer is active in: where they submitted anything (an idea, a bid, a ticket,
-- an application), learnt from core's submission events. Eligibility by area reads it.
create table samples_customer_area (
    customer_id bigint not null,
    area_id     bigint not null,
    since       timestamp with time zone not null,
    primary key (customer_id, area_id)
);
