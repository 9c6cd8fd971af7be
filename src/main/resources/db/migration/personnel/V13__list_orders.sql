-- The list of officials sorts by name, date of birth, unit or rank (issue 19). Over a whole province the first page is
-- found by walking an index in the order asked over the copies of today's standing (migration personnel V5), so each
-- order has its index, carrying what the walk checks without visiting the rows: the copy's range and unit (the scope).
-- Only copies of people at work go in: by date of birth the oldest in the table are nearly all retired, and a walk
-- through them (a quarter of a million at a million officials) found nobody. Name order has its index already
-- (migration personnel V7), where the retired are spread evenly.
CREATE INDEX official_birth_order_idx ON personnel.official (date_of_birth, sort_key, id)
  INCLUDE (standing_valid, standing_unit_id) WHERE standing_unit_id IS NOT NULL;
CREATE INDEX official_rank_order_idx ON personnel.official ((standing_rank COLLATE "C"), sort_key, id)
  INCLUDE (standing_valid, standing_unit_id) WHERE standing_unit_id IS NOT NULL;
CREATE INDEX official_unit_order_idx ON personnel.official (standing_unit_id, sort_key, id)
  INCLUDE (standing_valid) WHERE standing_unit_id IS NOT NULL;

-- The few whose copy does not hold on the date asked (its range begins after the date or ends by it, or it was never
-- taken) are read from their employment; these find them without reading every row (a GiST index on the ranges could
-- not: nearly every range holds today, so its pages' bounds all did too, and it read them all).
CREATE INDEX official_standing_from_idx ON personnel.official (lower(standing_valid));
CREATE INDEX official_standing_until_idx ON personnel.official (upper(standing_valid));
CREATE INDEX official_standing_none_idx ON personnel.official (id) WHERE standing_valid = 'empty';
