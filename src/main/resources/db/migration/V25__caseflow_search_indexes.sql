-- Case search over millions of cases (issue 3 §7): every filter the search form offers, and the 辖区 of a squad, meet
-- an index that also yields the newest first, so a first page reads about one page of index entries.
CREATE INDEX caseflow_case_district_idx ON caseflow_case (district_code, received_at DESC, id DESC);
CREATE INDEX caseflow_case_street_idx ON caseflow_case (street_code, received_at DESC, id DESC);
CREATE INDEX caseflow_case_community_idx ON caseflow_case (community_code, received_at DESC, id DESC);
CREATE INDEX caseflow_case_grid_idx ON caseflow_case (unit_grid_code, received_at DESC, id DESC);
CREATE INDEX caseflow_case_category_idx ON caseflow_case (category_key, received_at DESC, id DESC);
CREATE INDEX caseflow_case_unit_idx ON caseflow_case (unit_id, received_at DESC, id DESC);
CREATE INDEX caseflow_case_source_idx ON caseflow_case (source, received_at DESC, id DESC);
