-- An official sends evidence with their own correction request (issue 19): a scanned birth certificate, a degree. The
-- file is kept with the record like any other (the same checks, the same scope) and tied to the request it supports,
-- which HR reads it from before deciding.
ALTER TABLE personnel.attachment
  ADD COLUMN correction_request_id BIGINT REFERENCES personnel.correction_request (id),
  ADD CONSTRAINT attachment_evidence_of_request CHECK (correction_request_id IS NULL OR kind = 'EVIDENCE');
CREATE INDEX attachment_correction_request ON personnel.attachment (correction_request_id)
  WHERE correction_request_id IS NOT NULL;
