-- Support's business hours as an admin set them in the portal; without this row the configuration applies
-- (portal.support.zone, portal.support.hours, portal.support.holidays).
create table selfservice_business_hours (
    id       integer       primary key,
    zone     varchar(64)   not null,
    hours    varchar(200)  not null,
    holidays varchar(4000) not null,
    version  bigint        not null
);
