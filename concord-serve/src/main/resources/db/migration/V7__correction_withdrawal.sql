-- Concord serve store, version 7 (one script for H2 and PostgreSQL).

-- A correction can be withdrawn: it stays in the audit trail with who withdrew it and when, and analyses no longer
-- apply it (NULL: in force).
ALTER TABLE corrections ADD COLUMN withdrawn_by VARCHAR(200);
ALTER TABLE corrections ADD COLUMN withdrawn_at TIMESTAMP WITH TIME ZONE;
