package ringscope.model;

/** A source row behind a link: the file it came from (name and SHA-256), its line, and its content. */
public record EvidenceRow(String table, String fileName, String sha256, long lineNo, long tsMs, String accountId,
        String text) {}
