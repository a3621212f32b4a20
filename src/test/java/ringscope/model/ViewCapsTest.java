package ringscope.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ViewCapsTest {
    @Test
    void underTheCapEveryEdgeIsKept() {
        assertThat(ViewCaps.keep(new double[] {1, 2}, new int[] {0, 1}, new int[] {1, 2}, 2)).containsExactly(0, 1);
    }

    @Test
    void eachNodeKeepsItsTwoHeaviestEdgesBeforeHeavierEdgesOfNodesThatHaveTheirs() {
        // nodes 0-3 all linked with weight 10; node 4 linked to 0, 1, 2 with weights 1, 2, 3. Under a cap of 7, the
        // heaviest-first pass takes five of the six heavy edges (2-3 is left: both its nodes have two), then node 4's
        // two heaviest (4-2, 4-1); the cap is then full, so the heavy 2-3 is left out and so is 4-0
        int[] a = {0, 0, 0, 1, 1, 2, 4, 4, 4};
        int[] b = {1, 2, 3, 2, 3, 3, 0, 1, 2};
        double[] w = {10, 10, 10, 10, 10, 10, 1, 2, 3};

        assertThat(ViewCaps.keep(w, a, b, 7)).containsExactly(0, 1, 2, 3, 4, 7, 8);
        // with room for one more, the heaviest of the rest (2-3) fills it
        assertThat(ViewCaps.keep(w, a, b, 8)).containsExactly(0, 1, 2, 3, 4, 5, 7, 8);
    }

    @Test
    void tiesInWeightGoToTheEdgesOfTheEarlierNodes() {
        // equal weights: the edge between the earliest nodes first, then by the later node
        int[] a = {3, 1, 0, 2};
        int[] b = {2, 0, 3, 0};
        double[] w = {1, 1, 1, 1};

        assertThat(ViewCaps.keep(w, a, b, 1)).containsExactly(1); // 0-1
        assertThat(ViewCaps.keep(w, a, b, 2)).containsExactly(1, 3); // 0-1, 0-2
    }
}
