package ringscope.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ringscope.model.AccountRecord;
import ringscope.model.RejectReason;

/**
 * The sink of a mapped import: interactions as in a native import ({@link InteractionSink}: validation, duplicates,
 * aggregates), plus the accounts the log implies. An account id not yet in the case is registered when its first row
 * passes validation (a rejected row creates no account); its {@code created_at} is the earliest time it was seen in
 * the file, every other account field is empty. New accounts are written in {@link #finish}, before the run's
 * aggregates update their totals. {@link #accept} runs on the reader thread, {@link #finish} on the writing thread.
 */
final class MappedSink implements ImportRun.RowSink {
    private static final int ACCOUNT = FileKind.INTERACTIONS.indexOf("account_id");
    private static final int TS = FileKind.INTERACTIONS.indexOf("ts");

    private final ImportRun run;
    private final FileCounts counts;
    private final InteractionSink interactions;
    private final Map<String, AccountRecord> implied = new LinkedHashMap<>();

    MappedSink(ImportRun run, FileCounts counts) {
        this.run = run;
        this.counts = counts;
        this.interactions = new InteractionSink(run, counts, run.converter());
    }

    @Override
    public void accept(RawRow row) {
        String accountId = row.cells()[ACCOUNT];
        boolean fresh = accountId != null && !accountId.isBlank() && !run.accounts.containsKey(accountId);
        if (fresh && accountId.length() > 200) {
            run.reject(counts, row.lineNo(), row.byteOffset(), RejectReason.FIELD_TOO_LONG,
                    "field account_id: longer than 200 characters", row.raw());
            return;
        }
        int id = fresh ? run.allocateAccountId() : 0;
        if (fresh) {
            run.accounts.put(accountId, id);
        }
        long rejectedBefore = counts.rejected;
        interactions.accept(row);
        boolean accepted = counts.rejected == rejectedBefore;
        if (fresh && !accepted) {
            run.accounts.remove(accountId);
            return;
        }
        if (accepted && (fresh || implied.containsKey(accountId))) {
            firstSeen(accountId, fresh ? id : implied.get(accountId).id(), row);
        }
    }

    private void firstSeen(String accountId, int id, RawRow row) {
        long ts;
        try {
            ts = FieldParsers.timestamp("ts", row.cells()[TS], Long.MAX_VALUE);
        } catch (RowRejectedException e) {
            throw new IllegalStateException("a validated timestamp did not parse again: " + row.cells()[TS], e);
        }
        AccountRecord earlier = implied.get(accountId);
        if (earlier == null || ts < earlier.createdMs()) {
            AccountRecord first = earlier == null ? null : earlier;
            long line = first == null ? row.lineNo() : first.lineNo();
            implied.put(accountId, new AccountRecord(id, accountId, ts, null, null, null, null, null, null, null, null,
                    null, null, counts.sourceFileId, line));
        }
    }

    @Override
    public Runnable takeWrites() {
        return interactions.takeWrites();
    }

    @Override
    public void finish() throws ImportCancelledException {
        interactions.finish();
        List<AccountRecord> rows = new ArrayList<>(implied.values());
        run.tx.insertAccounts(rows);
    }

    /** How many accounts this file implied (known after the reader finished). */
    int impliedAccounts() {
        return implied.size();
    }
}
