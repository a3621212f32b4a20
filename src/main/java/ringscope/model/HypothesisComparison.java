package ringscope.model;

import java.util.List;

/** Two hypotheses side by side: the accounts they share and those only one of them holds (each sorted). */
public record HypothesisComparison(Hypothesis a, Hypothesis b, List<String> shared, List<String> onlyA,
        List<String> onlyB) {
    public HypothesisComparison {
        shared = List.copyOf(shared);
        onlyA = List.copyOf(onlyA);
        onlyB = List.copyOf(onlyB);
    }
}
