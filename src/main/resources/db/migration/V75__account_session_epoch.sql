-- "Sign out everywhere" (an undone email change): sessions remember the epoch they began in.
ALTER TABLE account ADD COLUMN session_epoch INTEGER DEFAULT 0 NOT NULL;
