package ringscope.importer;

/** The format {@link FormatDetector} found for a file, and in a few words why. */
public record DetectedFormat(SourceFormat format, String explanation) {}
