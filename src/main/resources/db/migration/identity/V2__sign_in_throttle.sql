-- Failed sign-ins by source (the client's address) and account: a stranger's guesses lock the account for their own
-- address only, and an address that guesses at many accounts is held back as a whole (SignInThrottle).
CREATE TABLE identity.failed_sign_in (
  id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id BIGINT REFERENCES identity.account (id) ON DELETE CASCADE,
  source     VARCHAR(64) NOT NULL,
  at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX failed_sign_in_source_idx ON identity.failed_sign_in (source, at);
CREATE INDEX failed_sign_in_account_idx ON identity.failed_sign_in (account_id, source, at);
CREATE INDEX failed_sign_in_at_idx ON identity.failed_sign_in (at);

SELECT public.congvu_grant_app_role('identity');
