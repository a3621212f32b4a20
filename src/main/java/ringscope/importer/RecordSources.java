package ringscope.importer;

import java.io.IOException;
import java.io.InputStream;

/** Opens the {@link RecordSource} a profile's format asks for. */
final class RecordSources {
    private RecordSources() {}

    static RecordSource open(SourceFormat format, InputStream in) throws IOException, ImportFileException {
        return switch (format.type()) {
            case CSV -> new DelimitedRecordSource(format, in);
            case JSONL -> new JsonLinesRecordSource(in);
            case JSON -> new JsonArrayRecordSource(in);
            case ACCESS_LOG -> new AccessLogRecordSource(format, in);
        };
    }
}
