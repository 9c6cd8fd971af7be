-- Imports of officials from XLSX or CSV files: one row a job, its progress and, when it failed, the rows at fault.
-- The officials themselves are written in one transaction of their own: a job has written all of its file or nothing.

CREATE TABLE personnel.import_job (
  id            UUID PRIMARY KEY,
  file_name     VARCHAR(255) NOT NULL,
  file_sha256   CHAR(64) NOT NULL,
  mode          VARCHAR(10) NOT NULL CHECK (mode IN ('CREATE', 'UPDATE')),
  status        VARCHAR(12) NOT NULL CHECK (status IN ('QUEUED', 'READING', 'CHECKING', 'WRITING', 'SUCCEEDED', 'FAILED')),
  processed     INT NOT NULL DEFAULT 0,
  total         INT,
  created       INT NOT NULL DEFAULT 0,
  updated       INT NOT NULL DEFAULT 0,
  unchanged     INT NOT NULL DEFAULT 0,
  error_count   INT NOT NULL DEFAULT 0,
  errors        JSONB NOT NULL DEFAULT '[]',
  requested_by  VARCHAR(100) NOT NULL,
  requested_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  heartbeat_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  finished_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX import_job_requested_by_idx ON personnel.import_job (requested_by, requested_at DESC);

SELECT public.congvu_grant_app_role('personnel');
