-- A person's work in the case loop over a month (their reports, what they fixed on the spot, the 核实/核查 sent to
-- them) is read from the timeline by who acted and whom a task was sent to; the 协管员 appraisal reads it per squad.
CREATE INDEX caseflow_transition_actor_idx ON caseflow_transition (actor_id, at) WHERE actor_id IS NOT NULL;
CREATE INDEX caseflow_transition_assignee_idx ON caseflow_transition (assignee_id, at) WHERE assignee_id IS NOT NULL;
