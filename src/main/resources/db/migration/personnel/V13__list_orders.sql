-- The list of officials sorts by name, date of birth, unit or rank (issue 19). Over a whole province the first page is
-- found by walking an index in the order asked over the copies of today's standing (migration personnel V5), so each
-- order has its index, carrying what the walk checks without visiting the rows: the copy's range and unit (the scope).
-- Name order has one already (migration personnel V7).
CREATE INDEX official_birth_order_idx ON personnel.official (date_of_birth, sort_key, id)
  INCLUDE (standing_valid, standing_unit_id);
CREATE INDEX official_rank_order_idx ON personnel.official ((standing_rank COLLATE "C"), sort_key, id)
  INCLUDE (standing_valid, standing_unit_id);
CREATE INDEX official_unit_order_idx ON personnel.official (standing_unit_id, sort_key, id)
  INCLUDE (standing_valid);

-- The few whose copy does not hold on the date asked (its range lies before or after the date, or it was never
-- taken) are read from their employment; this finds them without reading every row.
CREATE INDEX official_standing_range_idx ON personnel.official USING gist (standing_valid);
