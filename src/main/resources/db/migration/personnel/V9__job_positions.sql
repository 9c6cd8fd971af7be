-- The job position (by its code in the scheme of the unit) that an action places an official in, and the positions an
-- employment period holds: the main one, since when it is held, and the concurrent posts (kiêm nhiệm), comma-separated
-- in code order.
ALTER TABLE personnel.personnel_action ADD COLUMN position_code VARCHAR(20);
ALTER TABLE personnel.employment
  ADD COLUMN position_code        VARCHAR(20),
  ADD COLUMN position_since       DATE,
  ADD COLUMN concurrent_positions VARCHAR(500);
