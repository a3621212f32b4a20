-- Mapped imports (issue 9): the mapping profile a source file was read with. NULL for native dataset files.
-- profile_sha256 is the SHA-256 of the profile's canonical JSON (sorted keys, no whitespace), see ProfileJson.
ALTER TABLE source_file ADD COLUMN profile_name VARCHAR(64);
ALTER TABLE source_file ADD COLUMN profile_sha256 CHAR(64);
