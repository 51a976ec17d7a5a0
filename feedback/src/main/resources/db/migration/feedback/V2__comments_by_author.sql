-- A customer's comments, newest first, for the customer's story staff read.
create index feedback_comment_author_ix on feedback_comment (author_id, created_at);
