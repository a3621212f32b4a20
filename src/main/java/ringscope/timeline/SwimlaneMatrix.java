package ringscope.timeline;

import java.util.List;
import ringscope.model.TimeRange;

/**
 * Aligned swimlanes: one row per account, one column per bin of {@code binMs} from {@code range.fromMs()}; a cell holds
 * the account's interactions in that bin. Rows are in the requested {@link LaneOrder}.
 *
 * @param accountRefs account ref of each row
 * @param accountIds account id of each row
 * @param cells cells[row][column]; owned by this value, do not modify
 * @param note what was capped, or ""
 */
public record SwimlaneMatrix(TimeRange range, long binMs, LaneOrder order, int[] accountRefs, List<String> accountIds,
        int[][] cells, int maxCell, String note) {
    public SwimlaneMatrix {
        accountIds = List.copyOf(accountIds);
    }

    public int rows() {
        return accountRefs.length;
    }

    public int columns() {
        return (int) (range.lengthMs() / binMs);
    }
}
