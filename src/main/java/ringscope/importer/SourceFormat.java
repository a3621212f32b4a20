package ringscope.importer;

import java.util.List;

/**
 * How the records of a source file are read.
 *
 * @param type CSV (with a header row), JSONL (one object per line), JSON (one array of objects) or ACCESS_LOG
 *     (Apache/Nginx combined log format)
 * @param delimiter CSV only: one of {@code , ; TAB |} (default comma)
 * @param quote CSV only: the quote character, or empty for none (default {@code "})
 * @param extraFields ACCESS_LOG only: names for quoted fields appended after the user agent (for example an
 *     {@code X-Api-Key} header logged by {@code "%{X-Api-Key}i"} or {@code "$http_x_api_key"})
 */
public record SourceFormat(Type type, String delimiter, String quote, List<String> extraFields) {

    /** The kinds of source file a profile can read. */
    public enum Type {
        CSV,
        JSONL,
        JSON,
        ACCESS_LOG
    }

    public SourceFormat {
        delimiter = delimiter == null ? "," : delimiter;
        quote = quote == null ? "\"" : quote;
        extraFields = extraFields == null ? List.of() : List.copyOf(extraFields);
    }

    public static SourceFormat csv(char delimiter) {
        return new SourceFormat(Type.CSV, String.valueOf(delimiter), "\"", List.of());
    }

    public static SourceFormat of(Type type) {
        return new SourceFormat(type, ",", "\"", List.of());
    }

    void validate() {
        if (type == null) {
            throw new IllegalArgumentException("format.type is missing (CSV, JSONL, JSON or ACCESS_LOG)");
        }
        if (type == Type.CSV && (delimiter.length() != 1 || ",;\t|".indexOf(delimiter.charAt(0)) < 0)) {
            throw new IllegalArgumentException("format.delimiter must be one of , ; TAB |");
        }
        if (type == Type.CSV && quote.length() > 1) {
            throw new IllegalArgumentException("format.quote must be one character or empty");
        }
    }

    /** The short format name stored with the source file (at most 16 characters with a .gz suffix). */
    String code() {
        return switch (type) {
            case CSV -> "csv";
            case JSONL -> "jsonl";
            case JSON -> "json";
            case ACCESS_LOG -> "access-log";
        };
    }
}
