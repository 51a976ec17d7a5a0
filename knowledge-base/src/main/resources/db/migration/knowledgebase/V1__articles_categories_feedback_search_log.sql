-- Knowledge base tables. SQL that PostgreSQL and H2 (PostgreSQL mode) both accept.

-- EclipseLink reads a sequence value as the last id of a block of 50 (allocationSize).
create sequence kb_category_seq start with 50 increment by 50;
create sequence kb_article_seq start with 50 increment by 50;
create sequence kb_version_seq start with 50 increment by 50;
create sequence kb_feedback_seq start with 50 increment by 50;
create sequence kb_search_seq start with 50 increment by 50;

-- A category with a parent is a section of that category.
create table kb_category (
    id          bigint       primary key,
    parent_id   bigint       references kb_category (id),
    name        varchar(120) not null,
    description varchar(500),
    position    integer      not null,
    version     bigint       not null
);

-- The draft (title, body) is what staff edit; published_title/published_body is what readers see, a copy
-- of the newest kb_article_version. index_revision changes whenever what the search index holds changes,
-- so start-up reconciliation can find articles whose indexing a crash interrupted.
create table kb_article (
    id                bigint       primary key,
    category_id       bigint       not null references kb_category (id),
    language          varchar(8)   not null,
    title             varchar(200) not null,
    body              text         not null,
    status            varchar(16)  not null,
    internal          boolean      not null,
    position          integer      not null,
    published_number  integer      not null,
    published_title   varchar(200),
    published_body    text,
    published_at      timestamp with time zone,
    unpublished_changes boolean    not null,
    views             bigint       not null,
    helpful_yes       integer      not null,
    helpful_no        integer      not null,
    index_revision    bigint       not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    version           bigint       not null
);
create index kb_article_category_ix on kb_article (category_id, position);
create index kb_article_status_ix on kb_article (status);

-- Every published version, kept so that staff can see and restore any of them.
create table kb_article_version (
    id           bigint       primary key,
    article_id   bigint       not null references kb_article (id) on delete cascade,
    number       integer      not null,
    title        varchar(200) not null,
    body         text         not null,
    published_at timestamp with time zone not null,
    published_by bigint
);
create unique index kb_article_version_uk on kb_article_version (article_id, number);

-- "Was this helpful?" answers; account_id is null for anonymous visitors.
create table kb_feedback (
    id         bigint        primary key,
    article_id bigint        not null references kb_article (id) on delete cascade,
    helpful    boolean       not null,
    comment    varchar(1000),
    account_id bigint,
    created_at timestamp with time zone not null
);
create index kb_feedback_article_ix on kb_feedback (article_id);

-- What readers searched for, normalized, and how many results they got: the base of search analytics.
create table kb_search_log (
    id          bigint       primary key,
    query       varchar(200) not null,
    language    varchar(8)   not null,
    results     integer      not null,
    searched_at timestamp with time zone not null
);
create index kb_search_log_query_ix on kb_search_log (query);
