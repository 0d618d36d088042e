-- A link's token is kept apart from the stored message body, and only until the
-- message is delivered, the link is used, or it expires (then it is set to NULL).
ALTER TABLE mail_message ADD COLUMN link_token VARCHAR(100);
ALTER TABLE mail_message ADD COLUMN link_expires_at TIMESTAMP;
CREATE INDEX mail_message_link_token_idx ON mail_message (link_token);
CREATE INDEX mail_message_link_expires_idx ON mail_message (link_expires_at);
