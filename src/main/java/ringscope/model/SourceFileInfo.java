package ringscope.model;

/** A source file as recorded in the case, with the run that read it. */
public record SourceFileInfo(long id, long importRunId, ImportStatus runStatus, FileReport report) {}
