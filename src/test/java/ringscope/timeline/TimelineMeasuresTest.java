package ringscope.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.importer.ImportOptions;
import ringscope.importer.ImportService;
import ringscope.model.AccountScope;
import ringscope.model.CancelToken;
import ringscope.model.EventRecord;
import ringscope.model.HistogramBin;
import ringscope.model.TermCount;
import ringscope.model.TermKind;
import ringscope.model.TimeRange;
import ringscope.model.TimelineRow;
import ringscope.store.CaseStore;
import ringscope.store.TimelineQueries;
import ringscope.store.TimelineRows;
import ringscope.store.TimelineScopes;

/** The timeline measures on a real case holding the tiny dataset (12 interactions, 4 accounts, 2 events). */
class TimelineMeasuresTest {
    @TempDir
    static Path tmp;

    private static CaseStore store;
    private static TimelineQueries queries;
    private static TimelineRows rows;
    private static TimelineScopes scopes;
    private static AccountScope all;
    private static AccountScope pair;

    @BeforeAll
    static void importTiny() {
        store = CaseStore.create(tmp.resolve("case"));
        new ImportService(store).importDataset(Path.of("src/test/resources/datasets/tiny"), ImportOptions.defaults(),
                p -> {}, CancelToken.none());
        queries = new TimelineQueries(store);
        rows = new TimelineRows(store);
        scopes = new TimelineScopes(store);
        all = scopes.accounts("all", List.of("acct-001", "acct-002", "acct-003", "acct-004"));
        pair = scopes.accounts("pair", List.of("acct-001", "acct-002"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static long ms(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    @Test
    void wholeSpanHistogramSumsTheHourlyAggregateIntoDays() {
        TimeRange span = queries.span(AccountScope.wholeCase()).orElseThrow();
        ActivityHistogram h = new HistogramService(queries).histogram(AccountScope.wholeCase(), span, 3);
        assertThat(h.binMs()).isEqualTo(BinSizes.DAY);
        assertThat(h.fromRawRows()).isFalse();
        assertThat(h.range()).isEqualTo(new TimeRange(ms("2026-03-01T00:00:00Z"), ms("2026-03-04T00:00:00Z")));
        assertThat(h.bins()).containsExactly(
                new HistogramBin(ms("2026-03-01T00:00:00Z"), 6, 7180, 6220),
                new HistogramBin(ms("2026-03-02T00:00:00Z"), 4, 2650, 1100),
                new HistogramBin(ms("2026-03-03T00:00:00Z"), 2, 2610, 1780));
    }

    @Test
    void minuteZoomOnASmallSetCountsRawRows() {
        TimeRange five = new TimeRange(ms("2026-03-01T09:00:00Z"), ms("2026-03-01T09:05:00Z"));
        ActivityHistogram h = new HistogramService(queries).histogram(pair, five, 10);
        assertThat(h.binMs()).isEqualTo(BinSizes.MINUTE);
        assertThat(h.fromRawRows()).isTrue();
        assertThat(h.bins()).containsExactly(
                new HistogramBin(ms("2026-03-01T09:00:00Z"), 2, 2380, 1620),
                new HistogramBin(ms("2026-03-01T09:01:00Z"), 2, 2990, 3210));
    }

    @Test
    void minuteZoomOnTheWholeCaseStaysHourlyAndSaysWhy() {
        TimeRange five = new TimeRange(ms("2026-03-01T09:00:00Z"), ms("2026-03-01T09:05:00Z"));
        ActivityHistogram h = new HistogramService(queries).histogram(AccountScope.wholeCase(), five, 10);
        assertThat(h.binMs()).isEqualTo(BinSizes.HOUR);
        assertThat(h.note()).contains("by the hour");
        assertThat(h.bins()).containsExactly(new HistogramBin(ms("2026-03-01T09:00:00Z"), 4, 5370, 4830));
    }

    @Test
    void swimlanesByFirstActivityPutTheEarliestAccountsFirst() {
        TimeRange span = queries.span(all).orElseThrow();
        SwimlaneMatrix m = new SwimlaneService(queries, scopes).swimlanes(all, span, 100, 10, LaneOrder.FIRST_ACTIVITY);
        assertThat(m.accountIds()).containsExactly("acct-001", "acct-002", "acct-003", "acct-004");
        assertThat(m.binMs()).isEqualTo(BinSizes.HOUR);
        assertThat(m.cells()[0][0]).isEqualTo(2);
        assertThat(m.maxCell()).isEqualTo(2);
        SwimlaneMatrix capped = new SwimlaneService(queries, scopes).swimlanes(all, span, 100, 2, LaneOrder.SIMILARITY);
        assertThat(capped.accountIds()).containsExactlyInAnyOrder("acct-001", "acct-002");
        assertThat(capped.note()).isEqualTo("showing 2 of 4 accounts (most active)");
    }

    @Test
    void correlationOfTwoAccountsActingInStepIsOne() {
        TimeRange span = queries.span(pair).orElseThrow();
        CorrelationMatrix m = new CorrelationService(queries, scopes).matrix(pair, span, 10, CancelToken.none());
        assertThat(m.size()).isEqualTo(2);
        assertThat(m.r()[0][1]).isCloseTo(1.0, within(1e-9));
        assertThat(m.r()[1][0]).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void pivotCountsTheShareOnTheReleasedModelWithin24Hours() {
        List<ClusterPivot> pivots = new PivotService(queries, rows).pivots(all);
        EventRecord release = queries.events().get(0);
        assertThat(pivots).containsExactly(new ClusterPivot(release, "model-b", 6, 0, 4, 3, 0,
                HistogramService.RAW_ROW_LIMIT));
        assertThat(pivots.get(0).describe())
                .isEqualTo("75% of 4 interactions on model-b within 24 h of its release (0% in the 24 h before)");
    }

    @Test
    void aPivotOverTheRowLimitSaysItWasNotCounted() {
        // the ten interactions of the 48 h around the release, from the hourly series, exceed a limit of 9
        List<ClusterPivot> pivots = new PivotService(queries, rows, 9).pivots(all);
        assertThat(pivots).containsExactly(new ClusterPivot(queries.events().get(0), "model-b", 0, 0, 0, 0, 10, 9));
        assertThat(pivots.get(0).describe()).isEqualTo("move to model-b not counted: 10 interactions in the 48 h"
                + " around the release (limit 9 raw rows); choose fewer accounts");
        assertThat(new PivotService(queries, rows, 10).pivots(all).get(0).uncounted()).isZero();
    }

    @Test
    void breakdownByModelComesFromTheAggregateAndByStatusFromRawRows() {
        assertThat(rows.termCounts(AccountScope.wholeCase(), TermKind.MODEL, null)).containsExactly(
                new TermCount(TermKind.MODEL, "model-a", 9), new TermCount(TermKind.MODEL, "model-b", 3));
        assertThat(rows.termCounts(pair, TermKind.STATUS, queries.span(pair).orElseThrow())).containsExactly(
                new TermCount(TermKind.STATUS, "ok", 7), new TermCount(TermKind.STATUS, "rate_limited", 1));
    }

    @Test
    void contextListsTheSameAccountsRowsJustBeforeAndAfter() {
        TimeRange hour = new TimeRange(ms("2026-03-01T10:00:00Z"), ms("2026-03-01T11:00:00Z"));
        List<TimelineRow> bar = rows.page(pair, hour, 0, 10);
        assertThat(bar).extracting(TimelineRow::accountId).containsExactly("acct-001", "acct-002");
        assertThat(bar.get(0).fileName()).isEqualTo("interactions.csv");
        assertThat(bar.get(0).lineNo()).isEqualTo(6);
        List<TimelineRow> context = rows.context(bar.get(0), 1);
        assertThat(context).extracting(TimelineRow::tsMs).containsExactly(ms("2026-03-01T09:01:00Z"),
                ms("2026-03-01T10:15:00Z"), ms("2026-03-03T09:00:00Z"));
    }
}
