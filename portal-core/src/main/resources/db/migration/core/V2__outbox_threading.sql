-- Where an outgoing e-mail belongs in a conversation: its own Message-ID and the message it answers, so mail
-- programs thread a ticket's notifications and an answer to one of them finds its way back.
alter table core_outbox add column message_id varchar(250);
alter table core_outbox add column in_reply_to varchar(250);
