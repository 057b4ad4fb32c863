-- 关键字 search over a case's summary and address. Chinese keywords are mostly two characters, which a trigram index
-- cannot serve, so the text is indexed by its character bigrams: only a case whose text holds every bigram of the
-- keyword can contain it; LIKE then confirms the match.
CREATE FUNCTION caseflow_bigrams(t text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
	SELECT coalesce(array_agg(DISTINCT substr(t, i, 2)), '{}') FROM generate_series(1, char_length(t) - 1) AS i
$$;
CREATE INDEX caseflow_case_keyword_idx ON caseflow_case
	USING gin (caseflow_bigrams(summary || ' ' || coalesce(address, '')));
