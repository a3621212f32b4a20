package ringscope.model;

/** One row of the case's import history. {@code finishedMs} is -1 while running or after a crash. */
public record ImportRunSummary(long id, String dataset, long startedMs, long finishedMs, ImportStatus status,
        String message, long read, long imported, long rejected, long duplicates) {}
