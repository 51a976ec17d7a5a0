-- Ideas, their votes, followers, comments and history. Written in the SQL that PostgreSQL and H2 (in
-- PostgreSQL mode) both accept. Accounts and product areas are core's: referenced by id only.

create sequence feedback_idea_seq start with 50 increment by 50;
create sequence feedback_comment_seq start with 50 increment by 50;
create sequence feedback_history_seq start with 50 increment by 50;
create sequence feedback_merge_seq start with 50 increment by 50;
create sequence feedback_notification_seq start with 50 increment by 50;

create table feedback_idea (
    id                bigint        primary key,
    title             varchar(120)  not null,
    description       varchar(10000),
    area_id           bigint        not null,
    author_id         bigint        not null,
    status            varchar(16)   not null,
    -- the product team's public answer, shown with the status
    official_response varchar(2000),
    -- once a product team has looked at it the author can no longer edit it
    reviewed          boolean       not null,
    merged_into_id    bigint,
    hidden            boolean       not null,
    hidden_reason     varchar(200),
    -- on the public board: neither hidden nor merged. A plain column rather than "merged_into_id is null", so
    -- that the board's indexes below serve "listed = true order by ..." as ordered scans.
    listed            boolean       not null,
    -- counters kept with the idea so that the board sorts on indexed columns, never by counting
    vote_count        integer       not null,
    weighted_votes    integer       not null,
    -- sum over its votes of exp((voted at - 2026-01-01) / 7 days): sorts by recent votes (see Trending)
    trending          double precision not null,
    follower_count    integer       not null,
    comment_count     integer       not null,
    impact            numeric(4, 2),
    confidence        integer,
    effort            numeric(6, 2),
    -- RICE: weighted votes × impact × confidence / effort, null until impact and effort are set
    score             double precision,
    created_at        timestamp with time zone not null,
    status_changed_at timestamp with time zone,
    index_revision    bigint        not null,
    version           bigint        not null
);
create index feedback_idea_top_ix on feedback_idea (listed, vote_count, id);
create index feedback_idea_trending_ix on feedback_idea (listed, trending, id);
create index feedback_idea_new_ix on feedback_idea (listed, created_at, id);
create index feedback_idea_area_ix on feedback_idea (listed, area_id, vote_count, id);
create index feedback_idea_status_ix on feedback_idea (status, status_changed_at);
create index feedback_idea_author_ix on feedback_idea (author_id, created_at);

create table feedback_idea_tag (
    idea_id bigint      not null references feedback_idea (id) on delete cascade,
    tag     varchar(40) not null,
    primary key (idea_id, tag)
);
create index feedback_idea_tag_ix on feedback_idea_tag (tag, idea_id);

-- One vote per customer and idea: the primary key makes a second one impossible.
create table feedback_vote (
    idea_id     bigint  not null references feedback_idea (id) on delete cascade,
    customer_id bigint  not null,
    weight      integer not null,
    created_at  timestamp with time zone not null,
    primary key (idea_id, customer_id)
);
create index feedback_vote_customer_ix on feedback_vote (customer_id, created_at);

create table feedback_follow (
    idea_id     bigint not null references feedback_idea (id) on delete cascade,
    customer_id bigint not null,
    created_at  timestamp with time zone not null,
    primary key (idea_id, customer_id)
);
create index feedback_follow_customer_ix on feedback_follow (customer_id, created_at);

create table feedback_comment (
    id         bigint        primary key,
    idea_id    bigint        not null references feedback_idea (id) on delete cascade,
    author_id  bigint        not null,
    body       varchar(5000) not null,
    -- staff-only notes that customers never see, in the UI or through the API
    internal   boolean       not null,
    by_staff   boolean       not null,
    hidden     boolean       not null,
    created_at timestamp with time zone not null
);
create index feedback_comment_idea_ix on feedback_comment (idea_id, created_at);

create table feedback_history (
    id            bigint        primary key,
    idea_id       bigint        not null references feedback_idea (id) on delete cascade,
    actor_id      bigint,
    kind          varchar(16)   not null,
    from_status   varchar(16),
    to_status     varchar(16),
    note          varchar(2000),
    other_idea_id bigint,
    at            timestamp with time zone not null
);
create index feedback_history_idea_ix on feedback_history (idea_id, at);

-- A merge and exactly what it moved, so that an admin can undo it.
create table feedback_merge (
    id            bigint      primary key,
    source_id     bigint      not null references feedback_idea (id),
    target_id     bigint      not null references feedback_idea (id),
    source_status varchar(16) not null,
    actor_id      bigint      not null,
    merged_at     timestamp with time zone not null,
    undone_by     bigint,
    undone_at     timestamp with time zone
);
create index feedback_merge_source_ix on feedback_merge (source_id);

create table feedback_merge_move (
    merge_id    bigint   not null references feedback_merge (id) on delete cascade,
    -- V: a vote, F: a follower
    kind        char(1)  not null,
    customer_id bigint   not null,
    weight      integer  not null,
    created_at  timestamp with time zone not null,
    -- false when the customer already voted for (or followed) the target: nothing moved, one was dropped
    moved       boolean  not null,
    primary key (merge_id, kind, customer_id)
);

-- What a customer is told in the portal; the e-mail goes through core's outbox.
create table feedback_notification (
    id          bigint       primary key,
    customer_id bigint       not null,
    idea_id     bigint       not null,
    message     varchar(500) not null,
    created_at  timestamp with time zone not null,
    read_at     timestamp with time zone
);
create index feedback_notification_customer_ix on feedback_notification (customer_id, created_at);

-- Per customer: the secret in their unsubscribe links, and whether they want idea e-mails at all.
create table feedback_mail_preference (
    customer_id  bigint      primary key,
    token        varchar(64) not null unique,
    all_muted    boolean     not null
);

-- Ideas a customer no longer wants e-mails about (they still see notifications in the portal).
create table feedback_mute (
    customer_id bigint not null,
    idea_id     bigint not null,
    primary key (customer_id, idea_id)
);
