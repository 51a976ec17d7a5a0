-- Queues read the first page in due order. With these indexes the database walks tickets in that order and
-- stops after a page, instead of sorting every active ticket: tickets with a running clock (a due time) are
-- all active, and they come first.
create index selfservice_ticket_due_ix on selfservice_ticket (resolution_due, first_response_due, id);
create index selfservice_ticket_team_due_ix on selfservice_ticket (team_id, resolution_due, first_response_due, id);
create index selfservice_ticket_assignee_due_ix on selfservice_ticket (assignee_id, resolution_due, first_response_due, id);
drop index selfservice_ticket_team_ix;
drop index selfservice_ticket_assignee_ix;
drop index selfservice_ticket_status_ix;
