-- The staff dashboard sums the weight of a period's votes per idea: this index holds every column it reads.
create index feedback_vote_created_ix on feedback_vote (created_at, idea_id, weight);
