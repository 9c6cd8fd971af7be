-- The units in an account's scope, each with a period during which it belongs there: a view other modules read
-- (personnel decides with it whose records a caller may see). A unit may come with several periods.
--
-- The root belongs for all time. A unit belongs while one of its versions has a parent that belongs, so a unit moved
-- out of the subtree stops belonging on the day it moves. A unit merged or split into a unit that belongs on the day of
-- the restructuring belongs for its life before that day: Cà Mau keeps Bạc Liêu's history, and each part of a split
-- shares the old unit's past but not the other part's future.

CREATE FUNCTION organization.scope_periods(root BIGINT)
RETURNS TABLE (unit_id BIGINT, valid DATERANGE)
LANGUAGE sql STABLE AS $$
  WITH RECURSIVE scope(unit_id, valid) AS (
    SELECT root, daterange(NULL, NULL)
    UNION
    SELECT x.unit_id, x.valid FROM scope s CROSS JOIN LATERAL (
      SELECT v.unit_id, v.valid * s.valid AS valid
        FROM organization.unit_version v
       WHERE v.parent_id = s.unit_id AND NOT isempty(v.valid * s.valid)
      UNION
      SELECT l.predecessor_id, daterange(NULL, r.effective_date)
        FROM organization.unit_lineage l
        JOIN organization.restructuring r ON r.id = l.restructuring_id
       WHERE l.successor_id = s.unit_id AND s.valid @> r.effective_date
    ) x
  )
  SELECT unit_id, valid FROM scope
$$;

-- The last day a unit exists, or NULL while it still does (a view other modules read).
CREATE FUNCTION organization.unit_last_day(of_unit BIGINT) RETURNS DATE
LANGUAGE sql STABLE AS $$
  SELECT u.ended_on - 1 FROM organization.unit u WHERE u.id = of_unit
$$;
