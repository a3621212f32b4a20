package ringscope.importer;

import java.io.IOException;
import java.util.List;

/**
 * Reads a third-party file as native interaction rows: records from a {@link RecordSource}, mapped by a
 * {@link RecordMapper}; a record that cannot be read or mapped becomes a bad row (quarantined with its line). Counts
 * the timestamps that fell in a DST overlap. Runs on the import's reader thread.
 */
final class MappedRowReader implements RowReader {
    private final RecordSource source;
    private final RecordMapper mapper;
    private long ambiguous;

    MappedRowReader(RecordSource source, RecordMapper mapper) {
        this.source = source;
        this.mapper = mapper;
    }

    @Override
    public RawRow next() throws IOException, ImportFileException {
        SourceRecord r = source.next();
        if (r == null) {
            return null;
        }
        if (r.isBad()) {
            return RawRow.bad(r.lineNo(), r.byteOffset(), r.raw(), r.problem(), r.problemDetail());
        }
        try {
            RecordMapper.Mapped m = mapper.map(r);
            if (m.ambiguous()) {
                ambiguous++;
            }
            return RawRow.ok(r.lineNo(), r.byteOffset(), m.cells(), r.raw());
        } catch (RowRejectedException e) {
            return RawRow.bad(r.lineNo(), r.byteOffset(), r.raw(), e.reason(), e.getMessage());
        }
    }

    /** Rows read so far whose local time existed twice (the earlier instant was taken). */
    long ambiguousTimes() {
        return ambiguous;
    }

    @Override
    public long blankLines() {
        return source.blankLines();
    }

    @Override
    public boolean bomPresent() {
        return source.bomPresent();
    }

    @Override
    public List<String> ignoredColumns() {
        return source.columns().stream().filter(c -> !mapper.profile().usedColumns().contains(c)).toList();
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
