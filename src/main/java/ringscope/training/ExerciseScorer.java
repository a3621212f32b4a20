package ringscope.training;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Scores a set of tagged accounts against an answer key (docs/casefile.md, "Training exercises"). Stateless. */
public final class ExerciseScorer {
    private ExerciseScorer() {}

    public static ExerciseScore score(AnswerKey key, Set<String> tagged) {
        Set<String> fraud = new HashSet<>();
        Set<String> planted = new HashSet<>();
        List<ExerciseScore.NetworkResult> networks = new ArrayList<>();
        List<ExerciseScore.TrapResult> traps = new ArrayList<>();
        for (AnswerKey.Planted p : key.clusters()) {
            int hit = (int) p.members().stream().filter(tagged::contains).count();
            planted.addAll(p.members());
            if (p.fraud()) {
                fraud.addAll(p.members());
                networks.add(new ExerciseScore.NetworkResult(p.id(), p.kind(), p.members().size(), hit, p.signals()));
            } else if (hit > 0) {
                traps.add(new ExerciseScore.TrapResult(p.id(), hit, p.whyBenign(), p.signals()));
            }
        }
        long right = tagged.stream().filter(fraud::contains).count();
        double precision = tagged.isEmpty() ? 1.0 : (double) right / tagged.size();
        double recall = fraud.isEmpty() ? 1.0 : (double) right / fraud.size();
        int stray = (int) tagged.stream().filter(a -> !planted.contains(a)).count();
        return new ExerciseScore(tagged.size(), precision, recall, networks, traps, stray);
    }
}
