-- The digest of the migrations this database last ran to the end (MigrationsWhenChanged): a start whose migrations
-- have the same digest skips Flyway. Written by the owner after every complete run; the newest row counts.
CREATE TABLE platform.migration_digest (
  id     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  digest TEXT NOT NULL
);

-- Only the owner records a run: the application's role may read the digest, never forge one.
DO $$
BEGIN
  IF '${app_role}' <> current_user AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${app_role}') THEN
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON platform.migration_digest FROM %I', '${app_role}');
  END IF;
END $$;
