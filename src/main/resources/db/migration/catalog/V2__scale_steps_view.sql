-- Salary scales with their number of steps on each day they changed: a view other modules read for lists over many
-- officials (personnel's "due for a salary step").
CREATE VIEW catalog.scale_steps AS
SELECT s.code, s.interval_months, c.valid_from, c.valid_to, count(*)::int AS steps
FROM catalog.salary_scale s
JOIN catalog.salary_coefficient c ON c.scale_code = s.code
GROUP BY s.code, s.interval_months, c.valid_from, c.valid_to;

