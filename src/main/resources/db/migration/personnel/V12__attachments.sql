-- Files kept with an official's record (issue 19): the photo (4×6) of the record and the CV, scanned decisions,
-- degrees, evidence. In the database, like the rest of the record, so that a backup holds them and the scope that
-- guards the record guards them. Their type is read from their first bytes, never from what the sender said.
CREATE TABLE personnel.attachment (
  id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  official_id  BIGINT NOT NULL REFERENCES personnel.official (id),
  kind         VARCHAR(20) NOT NULL CHECK (kind IN ('PHOTO', 'DECISION', 'DEGREE', 'EVIDENCE', 'OTHER')),
  file_name    VARCHAR(200) NOT NULL CHECK (length(file_name) > 0),
  content_type VARCHAR(50) NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'application/pdf')),
  size_bytes   INTEGER NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 10485760),
  content      BYTEA NOT NULL CHECK (length(content) = size_bytes),
  sha256       CHAR(64) NOT NULL,
  note         VARCHAR(300),
  uploaded_at  TIMESTAMPTZ NOT NULL,
  uploaded_by  VARCHAR(100) NOT NULL
);
-- the files are compressed already (JPEG, PNG, PDF): stored out of line, not compressed again
ALTER TABLE personnel.attachment ALTER COLUMN content SET STORAGE EXTERNAL;
CREATE INDEX attachment_official ON personnel.attachment (official_id, uploaded_at DESC, id DESC);
