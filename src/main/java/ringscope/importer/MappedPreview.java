package ringscope.importer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads the first rows of a file through a profile exactly as the import would, without a case: the same record
 * source, mapping and native validation (only "is the account known" is skipped, since a mapped import creates the
 * accounts it sees), so each row shows the parsed time and, if the import would reject it, the reason. Runs on the
 * caller's thread (a worker in the UI); stateless and reusable.
 */
public final class MappedPreview {
    private static final long DAY_MS = 86_400_000L;

    /** Reads records only (no mapping): the columns and raw values, for a first look before any mapping exists. */
    public Preview records(Path file, SourceFormat format, int maxRows) {
        return run(file, format, null, maxRows);
    }

    /** Reads up to {@code maxRows} rows through {@code profile}. Never throws for bad input: see {@link Preview#error}. */
    public Preview preview(Path file, MappingProfile profile, int maxRows) {
        RecordMapper mapper;
        try {
            mapper = new RecordMapper(profile, null);
        } catch (IllegalArgumentException e) {
            Preview raw = run(file, profile.format(), null, maxRows);
            return new Preview(raw.columns(), raw.rows(), raw.error().isEmpty() ? e.getMessage() : raw.error());
        }
        return run(file, profile.format(), mapper, maxRows);
    }

    private Preview run(Path file, SourceFormat format, RecordMapper mapper, int maxRows) {
        List<PreviewRow> rows = new ArrayList<>();
        try (InputStream in = open(file); RecordSource source = RecordSources.open(format, in)) {
            SourceRecord r;
            while (rows.size() < maxRows && (r = source.next()) != null) {
                rows.add(mapper == null || r.isBad() ? unmapped(r) : mapped(r, mapper));
            }
            return new Preview(source.columns(), rows, "");
        } catch (ImportFileException e) {
            return new Preview(List.of(), rows, e.getMessage());
        } catch (IOException e) {
            return new Preview(List.of(), rows, "Cannot read " + file.getFileName() + ": " + e.getMessage());
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        try {
            InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            return new BufferedInputStream(in, 1 << 16);
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }

    private static PreviewRow unmapped(SourceRecord r) {
        return new PreviewRow(r.lineNo(), r.values(), List.of(), "", false,
                r.problem() == null ? null : r.problem().name(), r.problemDetail() == null ? "" : r.problemDetail());
    }

    private static PreviewRow mapped(SourceRecord r, RecordMapper mapper) {
        RecordMapper.Mapped m;
        try {
            m = mapper.map(r);
        } catch (RowRejectedException e) {
            return new PreviewRow(r.lineNo(), r.values(), List.of(), "", false, e.reason().name(), e.getMessage());
        }
        List<String> cells = Arrays.asList(m.cells().clone());
        String time = TimestampParser.display(m.tsMs());
        Map<String, Integer> accounts = new HashMap<>();
        String account = m.cells()[FileKind.INTERACTIONS.indexOf("account_id")];
        if (account != null) {
            accounts.put(account, 1);
        }
        RowConverter check = new RowConverter(System.currentTimeMillis() + DAY_MS, accounts,
                new TermDictionary(List.of(), 1));
        try {
            check.interaction(m.cells(), 0, r.lineNo());
            if (account != null && account.length() > 200) {
                throw new RowRejectedException(ringscope.model.RejectReason.FIELD_TOO_LONG,
                        "field account_id: longer than 200 characters");
            }
        } catch (RowRejectedException e) {
            return new PreviewRow(r.lineNo(), r.values(), cells, time, m.ambiguous(), e.reason().name(),
                    e.getMessage());
        }
        return new PreviewRow(r.lineNo(), r.values(), cells, time, m.ambiguous(), null, "");
    }
}
