package ringscope.graph;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import ringscope.model.LinkRecord;
import ringscope.model.LinkRule;
import ringscope.model.SharedValue;
import ringscope.store.AnalysisWriter;
import ringscope.store.CaseStore;

/**
 * A synthetic analysis run with a dense cluster, for tests: cluster 1 ("dense") has 2,100 members in shuffled order,
 * each account linked to its next six by a shared IP (weights from five values: many ties), and every pair whose
 * account numbers add up to a multiple of 11 also by a shared payment (weight 0.1, so pairs of two links weigh a little
 * more than their IP alone); about 11,400 linked pairs among its first 2,000 members. Cluster 2 ("small") is a chain
 * of 11 accounts. The accounts exist (ids {@code acct-N}).
 */
public final class DenseRun {
    public static final int MEMBERS = 2_100;

    public record Written(long runId, long dense, long small) {}

    private DenseRun() {}

    public static Written write(CaseStore store) throws Exception {
        try (Connection c = store.connect(); Statement s = c.createStatement()) { // the accounts the members name
            s.executeUpdate("INSERT INTO import_run (id, dataset, started_ms, status)"
                    + " VALUES (1, 'test', 0, 'COMPLETE')");
            s.executeUpdate("INSERT INTO source_file VALUES (1, 1, 'accounts.csv', 'accounts', 'csv', '" + "0".repeat(64)
                    + "', 0, 0, 0, 0, 0, 0, FALSE, '', NULL, NULL)");
            s.executeUpdate("INSERT INTO account (id, account_id, created_ms, source_file_id, line_no)"
                    + " SELECT X, 'acct-' || X, 0, 1, X FROM SYSTEM_RANGE(1, 6000)");
        }
        SharedValue ip = new SharedValue(1, LinkRule.SHARED_IP, "10.0.0.1", 0, MEMBERS, true);
        SharedValue card = new SharedValue(2, LinkRule.SHARED_PAYMENT, "card-1", 0, MEMBERS, true);
        List<LinkRecord> links = new ArrayList<>();
        for (int a = 1; a <= MEMBERS; a++) {
            for (int b = a + 1; b <= Math.min(MEMBERS, a + 6); b++) {
                links.add(new LinkRecord(0, 0, a, b, LinkRule.SHARED_IP, 0.25 * (1 + (a * 7 + b * 3) % 5), ip, 2,
                        1_000L * a, 2_000L * b, ""));
                if ((a + b) % 11 == 0) {
                    links.add(new LinkRecord(0, 0, a, b, LinkRule.SHARED_PAYMENT, 0.1, card, 1, 1_000L * a,
                            1_000L * a, ""));
                }
            }
        }
        int smallFirst = links.size();
        for (int a = 5_001; a <= 5_010; a++) {
            links.add(new LinkRecord(0, 0, a, a + 1, LinkRule.SHARED_IP, 1, ip, 1, 1, 2, ""));
        }
        List<Integer> order = IntStream.rangeClosed(1, MEMBERS).boxed().collect(Collectors.toList());
        Collections.shuffle(order, new Random(7));
        List<AnalysisWriter.NewMember> members = order.stream()
                .map(a -> new AnalysisWriter.NewMember(a, true, 1, 6, 1, "SHARED_IP")).toList();
        List<AnalysisWriter.NewMember> smallMembers = IntStream.rangeClosed(5_001, 5_011)
                .mapToObj(a -> new AnalysisWriter.NewMember(a, true, 1, 1, 1, "SHARED_IP")).toList();
        AnalysisWriter.NewRun run = new AnalysisWriter.NewRun("dense", 0, "{}", MEMBERS + 11, "",
                List.of(ip, card), links, List.of(
                        new AnalysisWriter.NewCluster("dense", MEMBERS, 1, 0.9, List.of(), members,
                                IntStream.range(0, smallFirst).toArray()),
                        new AnalysisWriter.NewCluster("small", 11, 1, 0.5, List.of(), smallMembers,
                                IntStream.range(smallFirst, links.size()).toArray())));
        long runId = new AnalysisWriter(store).save(run);
        GraphDataService service = new GraphDataService(store);
        return new Written(runId, service.queries().clusters(runId).get(0).id(),
                service.queries().clusters(runId).get(1).id());
    }
}
