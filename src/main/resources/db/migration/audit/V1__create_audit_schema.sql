-- The audit log: one row for every write, never changed afterwards. The application's role may only read and
-- append; triggers refuse UPDATE, DELETE and TRUNCATE to everyone, owner included.

CREATE SCHEMA audit;

CREATE TABLE audit.audit_event (
  id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  actor          VARCHAR(100) NOT NULL,
  client_address VARCHAR(64),
  entity         VARCHAR(100) NOT NULL,
  entity_id      VARCHAR(100),
  action         VARCHAR(30) NOT NULL,
  before_state   JSONB,
  after_state    JSONB
);
CREATE INDEX audit_event_occurred_idx ON audit.audit_event (occurred_at DESC);
CREATE INDEX audit_event_entity_idx ON audit.audit_event (entity, entity_id);
CREATE INDEX audit_event_actor_idx ON audit.audit_event (actor);

-- Reading a person's record by anyone but its owner (filled from the personnel module on).
CREATE TABLE audit.access_log (
  id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  actor          VARCHAR(100) NOT NULL,
  client_address VARCHAR(64),
  subject_kind   VARCHAR(60) NOT NULL,
  subject_id     VARCHAR(100) NOT NULL,
  purpose        VARCHAR(60) NOT NULL
);
CREATE INDEX access_log_subject_idx ON audit.access_log (subject_kind, subject_id);
CREATE INDEX access_log_occurred_idx ON audit.access_log (occurred_at DESC);

CREATE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit rows cannot be changed or removed (% on %)', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit.audit_event
  FOR EACH ROW EXECUTE FUNCTION audit.refuse_change();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit.audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();
CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON audit.access_log
  FOR EACH ROW EXECUTE FUNCTION audit.refuse_change();
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON audit.access_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();

SELECT public.congvu_grant_app_role('audit');
DO $$
BEGIN
  IF '${app_role}' <> current_user AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${app_role}') THEN
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit.audit_event, audit.access_log FROM %I', '${app_role}');
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA audit REVOKE UPDATE, DELETE ON TABLES FROM %I', '${app_role}');
  END IF;
END $$;
