-- Which running application works on an import job (its private folder's name, PrivateFiles.instance): a job of an
-- application that was killed is failed at the next start on that host, instead of reading WRITING for minutes.
ALTER TABLE personnel.import_job ADD COLUMN runner VARCHAR(64);
