package ringscope.training;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import ringscope.model.CancelToken;
import ringscope.model.Progress;
import ringscope.model.ProgressSink;

/**
 * Streams the interactions of all accounts to one CSV file in time order, an hour at a time: every account adds its
 * rows for the hour, the hour is sorted (stably, so ties keep the accounts' fixed order) and written, and the buffer
 * is reused. Memory is bounded by the busiest hour, never by the total row count. Interaction ids are a bijection of
 * the row number, so they are unique without remembering them. Checks for cancellation once per hour.
 */
final class InteractionStreamer {
    static final List<String> HEADER = List.of("interaction_id", "ts", "account_id", "api_key_id", "ip",
            "user_agent", "model", "category", "input_tokens", "output_tokens", "latency_ms", "status",
            "prompt_template_hash", "end_user");
    private static final Comparator<PendingInteraction> BY_TIME = Comparator.comparingLong(PendingInteraction::ts);

    private final World world;
    private final List<Actor> actors;

    InteractionStreamer(World world, List<Actor> actors) {
        this.world = world;
        this.actors = actors;
    }

    /** Writes every interaction of the window to {@code out}; returns the number of rows. */
    long write(CsvWriter out, ProgressSink progress, CancelToken cancel, long startedAt)
            throws IOException, GenerationCancelledException {
        long idSalt = Mix.mix64(world.seed());
        long totalHours = (world.end() - world.start()) / 3600;
        List<PendingInteraction> hour = new ArrayList<>();
        long rows = 0;
        for (long h = 0; h < totalHours; h++) {
            if (cancel.isCancelled()) {
                throw new GenerationCancelledException("cancelled after " + rows + " interactions");
            }
            long hourStart = world.start() + h * 3600;
            hour.clear();
            for (Actor a : actors) {
                a.emitHour(hourStart, hour);
            }
            hour.sort(BY_TIME);
            for (PendingInteraction p : hour) {
                out.text("req_" + Mix.hex(Mix.permute48(rows ^ idSalt), 12))
                        .time(p.ts())
                        .text(p.accountId())
                        .text(p.apiKey())
                        .text(p.ip())
                        .text(p.userAgent())
                        .text(p.model())
                        .text(p.category())
                        .number(p.inputTokens())
                        .number(p.outputTokens())
                        .number(p.latencyMs())
                        .text(p.status())
                        .text(p.template())
                        .text(p.endUser())
                        .endRow();
                rows++;
            }
            progress.report(new Progress("interactions: hour " + (h + 1) + " of " + totalHours + " (day "
                    + (h / 24 + 1) + " of " + (totalHours / 24) + ")", rows, -1, -1,
                    System.currentTimeMillis() - startedAt));
        }
        return rows;
    }
}
