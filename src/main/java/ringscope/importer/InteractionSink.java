package ringscope.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ringscope.model.InteractionRecord;
import ringscope.model.RejectReason;

/**
 * Validates interactions, assigns row ids, feeds the aggregates and writes batches. A row whose id hash was seen
 * before is held back as a suspect; at the end of the file each suspect is compared with the stored row of the same
 * id: identical → counted as a duplicate; different → both quarantined as CONFLICTING_DUPLICATE (the earlier row is
 * removed again, with its share of the aggregates); no such row (hash collision) → imported after all.
 */
final class InteractionSink implements ImportRun.RowSink {
    private static final int MAX_SUSPECTS = 1_000_000;

    private final ImportRun run;
    private final FileCounts counts;
    private final RowConverter converter;
    private final List<InteractionRecord> batch = new ArrayList<>(ImportRun.BATCH);
    private final List<Suspect> suspects = new ArrayList<>();

    private record Suspect(InteractionRecord row, RawRow raw) {}

    InteractionSink(ImportRun run, FileCounts counts, RowConverter converter) {
        this.run = run;
        this.counts = counts;
        this.converter = converter;
    }

    @Override
    public void accept(RawRow raw) {
        InteractionRecord r;
        try {
            r = converter.interaction(raw.cells(), counts.sourceFileId, raw.lineNo());
        } catch (RowRejectedException e) {
            run.reject(counts, raw.lineNo(), raw.byteOffset(), e.reason(), e.getMessage(), raw.raw());
            return;
        }
        if (!run.ids.add(r.interactionId())) {
            if (suspects.size() >= MAX_SUSPECTS) {
                throw new IllegalStateException("more than " + MAX_SUSPECTS + " repeated interaction ids");
            }
            suspects.add(new Suspect(r, raw));
            counts.duplicates++; // provisional, settled in finish() so counts reconcile at every moment
            return;
        }
        add(r);
    }

    private void add(InteractionRecord r) {
        InteractionRecord withId = withRowId(r, run.nextRowId++);
        batch.add(withId);
        run.aggregates.add(withId);
        counts.imported++;
    }

    @Override
    public Runnable takeWrites() {
        List<InteractionRecord> rows = List.copyOf(batch);
        batch.clear();
        return rows.isEmpty() ? () -> {} : () -> run.tx.insertInteractions(rows);
    }

    /** Writes the current batch now; only on the writing thread, after the reader ended. */
    private void flush() {
        takeWrites().run();
    }

    @Override
    public void finish() throws ImportCancelledException {
        flush();
        if (suspects.isEmpty()) {
            return;
        }
        Map<String, List<Suspect>> byId = new HashMap<>();
        for (Suspect s : suspects) {
            byId.computeIfAbsent(s.row().interactionId(), k -> new ArrayList<>()).add(s);
        }
        Map<String, InteractionRecord> earlier = run.tx.interactionsWithIds(byId.keySet());
        for (Map.Entry<String, List<Suspect>> e : byId.entrySet()) {
            resolve(earlier.get(e.getKey()), e.getValue());
            run.checkCancel();
        }
        flush();
    }

    private void resolve(InteractionRecord stored, List<Suspect> repeats) {
        counts.duplicates -= repeats.size();
        if (stored == null) {
            Suspect first = repeats.get(0);
            add(first.row());
            stored = batch.get(batch.size() - 1);
            repeats = repeats.subList(1, repeats.size());
            flush();
        }
        boolean conflict = false;
        for (Suspect s : repeats) {
            if (!stored.sameContent(s.row())) {
                conflict = true;
            }
        }
        if (!conflict) {
            counts.duplicates += repeats.size();
            return;
        }
        String why = "interaction " + stored.interactionId() + " appears more than once with different values";
        boolean ours = stored.rowId() >= firstRowIdOfRun();
        if (ours) {
            run.tx.deleteInteraction(stored.rowId());
            run.aggregates.remove(stored);
            FileCounts owner = run.countsOf(stored.sourceFileId());
            owner.imported--;
            run.reject(owner, stored.lineNo(), -1, RejectReason.CONFLICTING_DUPLICATE, why, "");
        }
        for (Suspect s : repeats) {
            String detail = ours ? why : why + " (the earlier row came from a previous import and was kept)";
            run.reject(counts, s.raw().lineNo(), s.raw().byteOffset(), RejectReason.CONFLICTING_DUPLICATE, detail,
                    s.raw().raw());
        }
    }

    private long firstRowIdOfRun() {
        return run.firstRowId;
    }

    private static InteractionRecord withRowId(InteractionRecord r, long rowId) {
        return new InteractionRecord(rowId, r.interactionId(), r.tsMs(), r.accountRef(), r.apiKeyRef(), r.ipRef(),
                r.userAgentRef(), r.modelRef(), r.categoryRef(), r.inputTokens(), r.outputTokens(), r.latencyMs(),
                r.statusRef(), r.templateRef(), r.endUserRef(), r.sourceFileId(), r.lineNo());
    }
}
