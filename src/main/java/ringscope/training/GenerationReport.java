package ringscope.training;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a generation run wrote.
 *
 * @param folder the dataset folder
 * @param rows data rows per file name, in writing order
 * @param bytes total size of the files on disk
 * @param elapsedMillis wall time of the run
 */
public record GenerationReport(Path folder, Map<String, Long> rows, long bytes, long elapsedMillis) {
    public GenerationReport {
        rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    }

    /** Interaction rows written. */
    public long interactions() {
        return rows.entrySet().stream()
                .filter(e -> e.getKey().startsWith("interactions"))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }
}
