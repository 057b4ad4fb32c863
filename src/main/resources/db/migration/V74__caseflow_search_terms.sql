-- Case search with keywords and any combination of filters over millions of cases (issue 14 §2). One GIN index holds
-- a case's search terms: the character bigrams of its summary and address (Chinese keywords are mostly two characters,
-- too short for trigrams) and one term per filter the search form offers (s: status, o: source, c: category,
-- d:/t:/m:/g: district, street, community and unit grid, u: handling unit or u:- none, l: warning level).
-- When a search's walk of an index newest first has not filled its page within its budget (filters that rarely
-- meet), CaseSearch asks this index for the cases that carry every term of the search, intersecting its lists. It is
-- an expression index, not a stored column: the terms are computed when a row is written and only read from the
-- index, so the table stays as wide as it was. CaseSearch writes the same expression (SearchConditions.TERMS);
-- CaseSearchTests checks that the planner recognises it.

-- Every two characters in a row of a text, repeats included (the index keeps each term once). A loop, not a query:
-- seven times cheaper, and it runs for every row written.
CREATE FUNCTION caseflow_bigrams(text_value text) RETURNS text[]
	LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
	bigrams text[] := '{}';
BEGIN
	FOR i IN 1 .. length(text_value) - 1 LOOP
		bigrams := bigrams || substr(text_value, i, 2);
	END LOOP;
	RETURN bigrams;
END
$$;

CREATE FUNCTION caseflow_search_terms(summary text, address text, status text, source text, category_key text,
		district_code text, street_code text, community_code text, unit_grid_code text, unit_id bigint,
		overdue_level text) RETURNS text[]
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	RETURN coalesce(caseflow_bigrams(summary), '{}') || coalesce(caseflow_bigrams(address), '{}')
		|| array_remove(ARRAY['s:' || status, 'o:' || source, 'c:' || category_key, 'd:' || district_code,
			't:' || street_code, 'm:' || community_code, 'g:' || unit_grid_code, 'u:' || coalesce(unit_id::text, '-'),
			'l:' || overdue_level], NULL);

-- New terms wait in a pending list of at most 1 MB that is merged into the index in one go (by the write that fills
-- it, or by autovacuum): about a fifth of the cost per row of putting each term in place at once, for a pause of one
-- write in a thousand or so, and a list that every search through the index reads too.
CREATE INDEX caseflow_case_terms_idx ON caseflow_case USING gin (caseflow_search_terms(summary, address, status,
	source, category_key, district_code, street_code, community_code, unit_grid_code, unit_id, overdue_level))
	WITH (fastupdate = on, gin_pending_list_limit = 1024);
