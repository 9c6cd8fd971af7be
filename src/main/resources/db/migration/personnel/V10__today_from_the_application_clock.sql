-- "Today" in SQL is the application's today: personnel.today() adds to the database's clock the offset the
-- application measured against its own Clock when it started (DatabaseDay), so that Java and SQL never disagree about
-- the day, even when the application's clock is set to another day (tests, a demo shown as of a day) or the database
-- runs on another host whose clock drifts. No row: the database's own clock.
CREATE TABLE personnel.clock_offset (
  singleton  BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
  offset_ms  BIGINT NOT NULL,
  measured_at TIMESTAMPTZ NOT NULL
);

CREATE OR REPLACE FUNCTION personnel.today() RETURNS DATE
LANGUAGE sql STABLE AS $$
  SELECT CAST((now() + make_interval(secs => COALESCE((SELECT offset_ms FROM personnel.clock_offset), 0) / 1000.0))
              AT TIME ZONE 'Asia/Ho_Chi_Minh' AS date)
$$;
