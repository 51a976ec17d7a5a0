-- The language a customer wrote their feedback in: free-text answers are indexed and stemmed in it.
-- Responses sent before are taken as English, the language most of them were written in.
alter table samples_response add column language varchar(8) default 'en' not null;

-- Images product teams upload for a program, shown in this order on its pages. The bytes live here, beside
-- the program, so a backup holds everything; the ETag (SHA-256 of the bytes) lets browsers keep them cached.
create sequence samples_image_seq start with 50 increment by 50;

create table samples_image (
    id           bigint       primary key,
    program_id   bigint       not null references samples_program (id) on delete cascade,
    position     integer      not null,
    file_name    varchar(200) not null,
    -- decided from the file's first bytes, never from its name or the uploader's claim
    content_type varchar(40)  not null,
    size_bytes   integer      not null,
    etag         varchar(64)  not null,
    created_at   timestamp with time zone not null,
    content      bytea        not null
);
create index samples_image_program_ix on samples_image (program_id, position);
