package ringscope.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ringscope.model.CancelToken;
import ringscope.model.NodePosition;
import ringscope.model.ProgressSink;

class LayoutTest {
    @Test
    void seedLayoutPlacesEveryNodeAndKeepsKnownPositions() {
        VisualGraph ring = Scenes.ring(30);
        NodePosition known = new NodePosition("a:3", 42, -7, true);

        Map<String, NodePosition> placed = SeedLayout.place(ring, Map.of("a:3", known));

        assertThat(placed).hasSize(30).containsEntry("a:3", known);
        assertThat(SeedLayout.place(ring, Map.of("a:3", known))).isEqualTo(placed);
    }

    @Test
    void forceLayoutIsRepeatableAndLeavesPinnedNodesWhereTheyAre() {
        VisualGraph ring = Scenes.ring(40);
        Map<String, NodePosition> start = new HashMap<>(SeedLayout.place(ring, Map.of()));
        start.put("a:1", new NodePosition("a:1", 5, 5, true));
        ForceLayout.Budget budget = new ForceLayout.Budget(60, 0.99, 1);

        ForceLayout.Result first = ForceLayout.run(ring, start, budget, ProgressSink.NONE, CancelToken.none());
        ForceLayout.Result again = ForceLayout.run(ring, start, budget, ProgressSink.NONE, CancelToken.none());

        assertThat(first.positions()).hasSize(40).containsEntry("a:1", new NodePosition("a:1", 5, 5, true));
        assertThat(first.positions()).isEqualTo(again.positions());
        assertThat(first.positions().get("a:2")).isNotEqualTo(start.get("a:2"));
    }

    @Test
    void cancelledLayoutThrowsAndReturnsNothing() {
        VisualGraph ring = Scenes.ring(20);
        CancelToken cancel = new CancelToken();
        cancel.cancel();

        assertThatThrownBy(() -> ForceLayout.run(ring, SeedLayout.place(ring, Map.of()),
                new ForceLayout.Budget(50, 0.99, 1), ProgressSink.NONE, cancel))
                .isInstanceOf(ForceLayout.LayoutCancelledException.class);
    }

    @Test
    void levelOfDetailThinsEdgesAndLabelsOnlyWhenCrowded() {
        assertThat(LevelOfDetail.decide(40, 100, 10)).isEqualTo(new LevelOfDetail(4000, 40, true));
        assertThat(LevelOfDetail.decide(2000, 12000, 5)).isEqualTo(new LevelOfDetail(4000, 25, false));
        assertThat(LevelOfDetail.decide(2000, 12000, 40).labelBudget()).isEqualTo(150);
        assertThat(LevelOfDetail.decide(2000, 12000, 5).thins(12000)).isTrue();
    }
}
