package ringscope.importer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ringscope.model.AccountRecord;
import ringscope.model.CancelToken;
import ringscope.model.EventRecord;
import ringscope.model.InteractionRecord;
import ringscope.model.IpInfoRecord;
import ringscope.model.PaymentRecord;
import ringscope.model.RejectReason;
import ringscope.model.Rejection;
import ringscope.store.AggregateWriter;
import ringscope.store.ImportRuns;
import ringscope.store.ImportTransaction;

/**
 * The state of one import while its files are read, all written through one {@link ImportTransaction}. Reads each
 * file row by row, validates, quarantines and batches; interactions also feed the in-memory aggregates and the
 * duplicate-id set. Runs on one thread; checks the cancel token between batches and throws
 * {@link ImportCancelledException}, after which the caller rolls back.
 */
final class ImportRun {
    static final int BATCH = 5000;
    private static final int KEEP_REJECTIONS = 1000;

    final long runId;
    final ImportTransaction tx;
    private final CancelToken cancel;
    private final ProgressMeter progress;
    final TermDictionary terms;
    final Map<String, Integer> accounts;
    private final RowConverter converter;
    final ActivityAggregates aggregates = new ActivityAggregates();
    private final AggregateWriter aggregateWriter;
    private final int cellBudget;
    final IdHashSet ids;
    final List<FileCounts> files = new ArrayList<>();
    private final List<ImportRuns.RejectionAt> pendingRejections = new ArrayList<>();
    final List<ImportRuns.RejectionAt> firstRejections = new ArrayList<>();
    private int nextAccountId;
    long nextRowId;
    final long firstRowId;
    private long nextOtherId;

    ImportRun(long runId, ImportTransaction tx, CancelToken cancel, ProgressMeter progress, long maxTimeMs,
            int cellBudget) {
        this.runId = runId;
        this.cellBudget = cellBudget;
        this.aggregateWriter = new AggregateWriter(tx);
        this.tx = tx;
        this.cancel = cancel;
        this.progress = progress;
        this.accounts = tx.existingAccounts();
        this.terms = new TermDictionary(tx.existingTerms(), (int) tx.nextId("term", "id"));
        this.converter = new RowConverter(maxTimeMs, accounts, terms);
        this.nextAccountId = (int) tx.nextId("account", "id");
        this.nextRowId = tx.nextId("interaction", "row_id");
        this.firstRowId = nextRowId;
        this.nextOtherId = Math.max(Math.max(tx.nextId("payment", "id"), tx.nextId("ip_info", "id")),
                tx.nextId("event", "id"));
        this.ids = new IdHashSet(1 << 16);
        if (firstRowId > 1) {
            tx.forEachInteractionId(ids::add);
        }
    }

    void importFile(DatasetFiles.SourceFile file, int sourceFileId)
            throws IOException, ImportFileException, ImportCancelledException {
        importFile(file, sourceFileId,
                in -> file.jsonl() ? new JsonlRowReader(file.kind(), in) : new CsvRowReader(file.kind(), in),
                this::sinkFor);
    }

    /** Opens the row reader of one source file over its (decompressed, sniffed) content. */
    @FunctionalInterface
    interface ReaderFactory {
        RowReader open(java.io.InputStream content) throws IOException, ImportFileException;
    }

    /**
     * Imports one file with a given reader and sink (the extension point for mapped third-party files); the same
     * streaming, quarantine, progress, cancel and change detection as the native files.
     */
    void importFile(DatasetFiles.SourceFile file, int sourceFileId, ReaderFactory readers,
            java.util.function.Function<FileCounts, RowSink> sinks)
            throws IOException, ImportFileException, ImportCancelledException {
        FileCounts counts = new FileCounts(file, sourceFileId);
        files.add(counts);
        try {
            importFile(file, readers, sinks, counts);
        } catch (IOException e) {
            throw new IOException(file.path() + ": " + e.getMessage(), e); // name the file (RELIABILITY.md A8)
        }
    }

    private void importFile(DatasetFiles.SourceFile file, ReaderFactory readers,
            java.util.function.Function<FileCounts, RowSink> sinks, FileCounts counts)
            throws IOException, ImportFileException, ImportCancelledException {
        try (SourceStream source = new SourceStream(file);
                RowReader reader = readers.open(source.content())) {
            progress.startFile(file.name(), source);
            RowSink sink = sinks.apply(counts);
            new RowPipeline().run(file.name(), out -> readAll(reader, counts, sink, out), this);
            sink.finish();
            flushRejections();
            progress.rows(counts.read);
            source.verifyUnchanged();
        }
    }

    /** Runs on the reader thread: everything but JDBC, which it hands over as units of work. */
    private void readAll(RowReader reader, FileCounts counts, RowSink sink, RowPipeline.Handoff out)
            throws IOException, ImportFileException, ImportCancelledException {
        RawRow row;
        while ((row = reader.next()) != null) {
            if (row.isBlank()) {
                continue;
            }
            counts.read++;
            if (row.isBad()) {
                reject(counts, row.lineNo(), row.byteOffset(), row.problem(), row.problemDetail(), row.raw());
            } else {
                sink.accept(row);
            }
            if (counts.read % BATCH == 0) {
                out.put(writes(sink));
                spillIfOverBudget(out);
                progress.rows(counts.read);
                checkCancel();
            }
        }
        out.put(writes(sink));
        counts.blank = reader.blankLines();
        counts.bom = reader.bomPresent();
        counts.ignored = reader.ignoredColumns();
    }

    /** The database work for the rows and rejections accumulated so far; taken on the reader thread. */
    private Runnable writes(RowSink sink) {
        Runnable rows = sink.takeWrites();
        List<ImportRuns.RejectionAt> rejected = List.copyOf(pendingRejections);
        pendingRejections.clear();
        return () -> {
            rows.run();
            if (!rejected.isEmpty()) {
                tx.insertRejections(runId, rejected);
            }
        };
    }

    /** The validator of this run (shared term dictionary and account map); reader thread only. */
    RowConverter converter() {
        return converter;
    }

    /** Hands out the next account surrogate id, for accounts a mapped log implies; reader thread only. */
    int allocateAccountId() {
        return nextAccountId++;
    }

    void checkCancel() throws ImportCancelledException {
        if (cancel.isCancelled()) {
            throw new ImportCancelledException();
        }
    }

    void reject(FileCounts counts, long line, long offset, RejectReason reason, String detail, String raw) {
        counts.rejected++;
        ImportRuns.RejectionAt at = new ImportRuns.RejectionAt(counts.sourceFileId,
                new Rejection(counts.file.name(), line, offset, reason, detail, raw == null ? "" : raw));
        pendingRejections.add(at);
        if (firstRejections.size() < KEEP_REJECTIONS) {
            firstRejections.add(at);
        }
    }

    void flushRejections() {
        if (!pendingRejections.isEmpty()) {
            tx.insertRejections(runId, pendingRejections);
            pendingRejections.clear();
        }
    }

    /**
     * Hands the hour and term cells over to the writing thread when they pass the budget, so that memory holds at most
     * about two budgets' worth of cells (the ones being written and the ones filling up) whatever the row count.
     */
    private void spillIfOverBudget(RowPipeline.Handoff out) throws ImportCancelledException {
        if (aggregates.cellCount() > cellBudget) {
            ActivityAggregates.Cells cells = aggregates.detachCells();
            out.put(() -> writeCells(cells));
        }
    }

    private void writeCells(ActivityAggregates.Cells cells) {
        aggregateWriter.addActivity(cells.activity());
        aggregateWriter.addAccountTerms(cells.accountTerms());
    }

    /** Writes the aggregates; call after the last file. */
    void writeAggregates() {
        progress.stage("building aggregates");
        tx.insertTerms(terms.drainNew());
        writeCells(aggregates.detachCells());
        aggregateWriter.addAccountTotals(aggregates.totals());
    }

    FileCounts countsOf(int sourceFileId) {
        return files.stream().filter(f -> f.sourceFileId == sourceFileId).findFirst().orElseThrow();
    }

    /**
     * Receives the valid rows of one file. {@link #accept} and {@link #takeWrites} run on the reader thread and must
     * not touch JDBC; the returned work and {@link #finish} run on the writing thread (after the reader ended).
     */
    interface RowSink {
        void accept(RawRow row);

        /** The inserts for the rows accepted since the last call, as work for the writing thread. */
        Runnable takeWrites();

        void finish() throws ImportCancelledException;
    }

    private RowSink sinkFor(FileCounts counts) {
        return switch (counts.file.kind()) {
            case ACCOUNTS -> new AccountSink(counts);
            case INTERACTIONS -> new InteractionSink(this, counts, converter);
            case PAYMENTS -> new SimpleSink<PaymentRecord>(counts, tx::insertPayments,
                    (c, line) -> converter.payment(c, nextOtherId++, counts.sourceFileId, line));
            case IP_INFO -> new SimpleSink<IpInfoRecord>(counts, tx::insertIpInfo,
                    (c, line) -> converter.ipInfo(c, nextOtherId++, counts.sourceFileId, line));
            case EVENTS -> new SimpleSink<EventRecord>(counts, tx::insertEvents,
                    (c, line) -> converter.event(c, nextOtherId++, counts.sourceFileId, line));
        };
    }

    @FunctionalInterface
    interface Convert<T> {
        T apply(String[] cells, long line) throws RowRejectedException;
    }

    /** Converts and batches rows of the small tables (payments, ip_info, events). */
    private final class SimpleSink<T> implements RowSink {
        private final FileCounts counts;
        private final java.util.function.Consumer<List<T>> insert;
        private final Convert<T> convert;
        private final List<T> batch = new ArrayList<>();

        SimpleSink(FileCounts counts, java.util.function.Consumer<List<T>> insert, Convert<T> convert) {
            this.counts = counts;
            this.insert = insert;
            this.convert = convert;
        }

        @Override
        public void accept(RawRow row) {
            try {
                batch.add(convert.apply(row.cells(), row.lineNo()));
                counts.imported++;
            } catch (RowRejectedException e) {
                reject(counts, row.lineNo(), row.byteOffset(), e.reason(), e.getMessage(), row.raw());
            }
        }

        @Override
        public Runnable takeWrites() {
            List<T> rows = List.copyOf(batch);
            batch.clear();
            return rows.isEmpty() ? () -> {} : () -> insert.accept(rows);
        }

        @Override
        public void finish() {
            takeWrites().run();
        }
    }

    /**
     * Accounts are held until the end of the file (there are few) so that a conflicting duplicate can quarantine
     * both rows before anything is written.
     */
    private final class AccountSink implements RowSink {
        private final FileCounts counts;
        private final Map<String, AccountRecord> pending = new LinkedHashMap<>();
        private final Map<String, RawRow> rawOf = new HashMap<>();
        private final Map<String, Boolean> conflicted = new HashMap<>();

        AccountSink(FileCounts counts) {
            this.counts = counts;
        }

        @Override
        public void accept(RawRow row) {
            AccountRecord a;
            try {
                a = converter.account(row.cells(), nextAccountId, counts.sourceFileId, row.lineNo());
            } catch (RowRejectedException e) {
                reject(counts, row.lineNo(), row.byteOffset(), e.reason(), e.getMessage(), row.raw());
                return;
            }
            String id = a.accountId();
            AccountRecord earlier = pending.get(id);
            if (accounts.containsKey(id) && earlier == null) {
                reject(counts, row.lineNo(), row.byteOffset(), RejectReason.DUPLICATE_ID,
                        "account " + id + " is already in the case from an earlier import", row.raw());
            } else if (conflicted.containsKey(id)) {
                reject(counts, row.lineNo(), row.byteOffset(), RejectReason.CONFLICTING_DUPLICATE,
                        "account " + id + " appears on several lines with different values", row.raw());
            } else if (earlier == null) {
                pending.put(id, a);
                rawOf.put(id, row);
                nextAccountId++;
                counts.imported++;
            } else if (earlier.sameContent(a)) {
                counts.duplicates++;
            } else {
                pending.remove(id);
                conflicted.put(id, true);
                RawRow first = rawOf.remove(id);
                counts.imported--;
                String why = "account " + id + " on lines " + first.lineNo() + " and " + row.lineNo()
                        + " with different values";
                reject(counts, first.lineNo(), first.byteOffset(), RejectReason.CONFLICTING_DUPLICATE, why,
                        first.raw());
                reject(counts, row.lineNo(), row.byteOffset(), RejectReason.CONFLICTING_DUPLICATE, why, row.raw());
            }
        }

        @Override
        public Runnable takeWrites() {
            return () -> {}; // accounts are held until finish()
        }

        @Override
        public void finish() {
            tx.insertAccounts(pending.values());
            for (AccountRecord a : pending.values()) {
                accounts.put(a.accountId(), a.id());
            }
        }
    }
}
