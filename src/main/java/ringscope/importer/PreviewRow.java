package ringscope.importer;

import java.util.List;
import java.util.Map;

/**
 * One source record as the import would see it.
 *
 * @param lineNo the record's first line
 * @param source values by source column
 * @param mapped native interaction cells in {@link MappingProfile#NATIVE_FIELDS} order (empty when unreadable)
 * @param time the parsed time as ISO-8601 UTC, or empty
 * @param ambiguous the local time fell in a DST overlap (the earlier instant is taken)
 * @param reason why the import would reject the row, or null when it would import it
 * @param detail the rejection's message, or empty
 */
public record PreviewRow(long lineNo, Map<String, String> source, List<String> mapped, String time,
        boolean ambiguous, String reason, String detail) {

    public boolean rejected() {
        return reason != null;
    }
}
