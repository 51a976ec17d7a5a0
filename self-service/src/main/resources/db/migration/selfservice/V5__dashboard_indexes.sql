-- The staff dashboard measures the tickets opened in a period: this index holds every column it reads
-- (area, channel, the first answer and its target, the solution and its verdict), so the period's figures
-- come from the period's slice of the index alone, never from the table.
create index selfservice_ticket_created_ix on selfservice_ticket
    (created_at, area_id, channel, first_response_at, first_response_due, solved_at, resolution_breached, resolution_due);
-- Deflections are counted per period.
create index selfservice_deflection_created_ix on selfservice_deflection (created_at);
