package ringscope.importer;

import java.util.List;

/**
 * The first rows of a file as a profile would import them.
 *
 * @param columns the source columns (header, access-log fields, or JSON keys seen)
 * @param rows the rows read, in file order
 * @param error a file-level problem (the import would fail), or empty
 */
public record Preview(List<String> columns, List<PreviewRow> rows, String error) {
    public Preview {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public long rejectedRows() {
        return rows.stream().filter(PreviewRow::rejected).count();
    }
}
