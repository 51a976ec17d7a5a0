-- The tickets linked to an idea, whose customers are told when it ships.
create index selfservice_ticket_idea_ix on selfservice_ticket (idea_id);

-- The portal takes ids in blocks of 50 below each sequence value, so the first block would reuse the ids of the
-- policies and canned replies the first migration inserted: new ones start well past them.
alter sequence selfservice_sla_policy_seq restart with 1000;
alter sequence selfservice_canned_reply_seq restart with 1000;
