package ringscope.model;

/**
 * A source row behind a link: which table and row ({@code rowId}: interaction row id, payment id, account or event
 * id), the file it came from (name and SHA-256) with its line number, its time, account and a short content text.
 */
public record EvidenceRow(String table, long rowId, String fileName, String sha256, long lineNo, long tsMs,
        String accountId, String text) {}
