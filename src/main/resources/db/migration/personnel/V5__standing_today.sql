-- Each official's standing "today" kept on the official row, so that a search for today's people (nearly every
-- search) filters and counts on one table: at a million officials, joining every name found to its employment period
-- was most of a broad search's time.
--
-- standing_valid is the range over which the copy holds: the employment period that covers the day it was taken,
-- or, when none does, the gap between the periods around that day (standing_unit_id is then NULL: not employed).
-- A search trusts the copy only for dates inside standing_valid and reads employment for any other date, so a copy
-- that has aged (the day moved past the range) is slower, never wrong. The copy is refreshed by the triggers below
-- whenever an official's employment changes, and every night for the rows whose range the day has left.
ALTER TABLE personnel.official
  ADD COLUMN standing_valid    DATERANGE NOT NULL DEFAULT 'empty',
  ADD COLUMN standing_unit_id  BIGINT,
  ADD COLUMN standing_category VARCHAR(20),
  ADD COLUMN standing_status   VARCHAR(20),
  ADD COLUMN standing_rank     VARCHAR(20);

-- Refreshes the standing of the given officials as of the given day; rows already right are not rewritten.
CREATE FUNCTION personnel.refresh_standing(ids BIGINT[], day DATE) RETURNS INTEGER
LANGUAGE sql AS $$
  WITH standing AS (
    SELECT i.id,
      COALESCE(cover.valid, daterange(
        (SELECT max(upper(e.valid)) FROM personnel.employment e WHERE e.official_id = i.id AND upper(e.valid) <= day),
        (SELECT min(lower(e.valid)) FROM personnel.employment e WHERE e.official_id = i.id AND lower(e.valid) > day),
        '[)')) AS valid,
      cover.unit_id, cover.category, cover.status, cover.rank_code
    FROM (SELECT DISTINCT unnest(ids) AS id) i
    LEFT JOIN personnel.employment cover ON cover.official_id = i.id AND cover.valid @> day
  ), changed AS (
    UPDATE personnel.official o
    SET standing_valid = s.valid, standing_unit_id = s.unit_id, standing_category = s.category,
        standing_status = s.status, standing_rank = s.rank_code
    FROM standing s
    WHERE o.id = s.id
      AND (o.standing_valid, o.standing_unit_id, o.standing_category, o.standing_status, o.standing_rank)
          IS DISTINCT FROM (s.valid, s.unit_id, s.category, s.status, s.rank_code)
    RETURNING 1
  )
  SELECT count(*)::INTEGER FROM changed
$$;

CREATE FUNCTION personnel.employment_changed() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM personnel.refresh_standing(ARRAY(SELECT DISTINCT official_id FROM new_rows), current_date);
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM personnel.refresh_standing(ARRAY(SELECT DISTINCT official_id FROM old_rows), current_date);
  ELSE
    PERFORM personnel.refresh_standing(ARRAY(SELECT official_id FROM old_rows UNION SELECT official_id FROM new_rows),
      current_date);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER employment_inserted AFTER INSERT ON personnel.employment
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION personnel.employment_changed();
CREATE TRIGGER employment_deleted AFTER DELETE ON personnel.employment
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION personnel.employment_changed();
CREATE TRIGGER employment_updated AFTER UPDATE ON personnel.employment
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION personnel.employment_changed();

SELECT personnel.refresh_standing(ARRAY(SELECT id FROM personnel.official), current_date);
