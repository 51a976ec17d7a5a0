-- "Was this helpful?" keeps one answer per reader and article, which the reader may change, and a view counts
-- once a day per reader and article. A reader is 'account:<id>' when signed in, or 'session:' and a hash of
-- an anonymous browser session's token. SQL that PostgreSQL and H2 (PostgreSQL mode) both accept.

alter table kb_feedback add column reader varchar(80);
alter table kb_feedback add column updated_at timestamp with time zone;
update kb_feedback set updated_at = created_at;
alter table kb_feedback alter column updated_at set not null;
-- A signed-in reader's latest earlier answer becomes the one they can change; older ones stay as history
-- without a reader, and so do anonymous answers, whose sessions are long gone.
update kb_feedback set reader = 'account:' || cast(account_id as varchar(20))
 where account_id is not null
   and id = (select max(g.id) from kb_feedback g
              where g.article_id = kb_feedback.article_id and g.account_id = kb_feedback.account_id);
create unique index kb_feedback_reader_uk on kb_feedback (article_id, reader);

-- The last view of an article that counted, per reader. Rows older than a day mean nothing and are deleted
-- as views of the same article come in (hence the second index).
create table kb_article_view (
    article_id bigint      not null references kb_article (id) on delete cascade,
    reader     varchar(80) not null,
    counted_at timestamp with time zone not null,
    primary key (article_id, reader)
);
create index kb_article_view_counted_ix on kb_article_view (article_id, counted_at);
