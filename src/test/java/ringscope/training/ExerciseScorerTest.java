package ringscope.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scoring a trainee's tags against the bundled mixed-traps answer key. */
class ExerciseScorerTest {
    private static final Path MIXED = Path.of("datasets", "mixed-traps");

    @TempDir
    Path tmp;

    private static AnswerKey.Planted planted(AnswerKey key, String id) {
        return key.clusters().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void foundMissedPrecisionRecallAndTrapsAreScored() {
        AnswerKey key = ExerciseService.key(MIXED);
        List<String> hydra = planted(key, "hydra-1").members();
        List<String> reseller = planted(key, "reseller-1").members();
        List<String> enterprise = planted(key, "trap-enterprise").members();
        Set<String> tagged = new HashSet<>(hydra);
        tagged.addAll(reseller.subList(0, 5));
        tagged.addAll(enterprise.subList(0, 3));
        tagged.add("acct_not_planted_anywhere");

        ExerciseScore s = ExerciseScorer.score(key, tagged);

        int right = hydra.size() + 5;
        assertThat(s.tagged()).isEqualTo(right + 4);
        assertThat(s.precision()).isEqualTo((double) right / (right + 4));
        assertThat(s.recall()).isEqualTo((double) right / (hydra.size() + reseller.size()));
        assertThat(s.networks()).extracting(ExerciseScore.NetworkResult::id, ExerciseScore.NetworkResult::found)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("hydra-1", true),
                        org.assertj.core.groups.Tuple.tuple("reseller-1", false));
        assertThat(s.traps()).extracting(ExerciseScore.TrapResult::id, ExerciseScore.TrapResult::taggedMembers)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("trap-enterprise", 3));
        assertThat(s.falsePositives()).isEqualTo(1);
        List<String> feedback = s.feedback();
        assertThat(feedback).contains("FOUND hydra-1 (hydra): " + hydra.size() + " of " + hydra.size()
                + " members tagged.");
        assertThat(feedback).anyMatch(l -> l.startsWith("MISSED reseller-1 (reseller): 5 of 20 members tagged."));
        assertThat(feedback).anyMatch(l -> l.startsWith("  - shared_payment_instrument: 3 cards pay for all 20"));
        assertThat(feedback).anyMatch(l -> l.startsWith("TRAP trap-enterprise: 3 accounts wrongly tagged. Why it is"
                + " benign: ") && l.length() > 70);
    }

    @Test
    void nothingTaggedMissesEverythingWithPerfectPrecision() {
        ExerciseScore s = ExerciseScorer.score(ExerciseService.key(MIXED), Set.of());
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isZero();
        assertThat(s.networks()).noneMatch(ExerciseScore.NetworkResult::found);
        assertThat(s.traps()).isEmpty();
    }

    @Test
    void folderWithoutAnAnswerKeyIsNotAnExercise() throws Exception {
        assertThatThrownBy(() -> ExerciseService.key(tmp)).isInstanceOf(ExerciseException.class)
                .hasMessageContaining("has no answer-key.json");
        Files.writeString(tmp.resolve("answer-key.json"), "{\"clusters\":[],\"clusters\":[]}");
        assertThatThrownBy(() -> ExerciseService.key(tmp)).isInstanceOf(ExerciseException.class)
                .hasMessageContaining("Duplicate field");
    }
}
