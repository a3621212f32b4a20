package ringscope.model;

/** A source file row to store: its id within the case, the run that read it and its report. */
public record SourceFileRecord(int id, long importRunId, FileReport report) {}
