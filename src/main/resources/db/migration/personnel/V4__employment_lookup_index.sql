-- An official's employment on a day, read from the index alone: the search joins every person found to the period
-- that holds on the date asked, and at a million officials (seven million periods) a visit to the table for each
-- was most of a broad name search's time.
DROP INDEX personnel.employment_official_idx;
CREATE INDEX employment_official_idx ON personnel.employment (official_id)
  INCLUDE (valid, unit_id, category, status, rank_code);
