package ringscope.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.casework.CaseworkService;
import ringscope.importer.Fixtures;
import ringscope.model.CancelToken;
import ringscope.model.ProgressSink;
import ringscope.model.Tag;
import ringscope.model.Target;
import ringscope.store.CaseStore;

/** An exercise end to end on a real case: start from a dataset with a key, tag, score. */
class ExerciseServiceTest {
    @TempDir
    Path tmp;

    @Test
    void tagsInTheCaseAreScoredAgainstTheDatasetsKey() throws Exception {
        Path dataset = Files.createDirectories(tmp.resolve("tiny-exercise"));
        try (Stream<Path> files = Files.list(Fixtures.dataset("tiny"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dataset.resolve(f.getFileName()));
            }
        }
        Files.writeString(dataset.resolve("answer-key.json"), """
                {"dataset":"tiny","clusters":[
                 {"id":"reseller-1","kind":"reseller","fraud":true,"members":["acct-001","acct-002"],
                  "signals":[{"name":"shared_payment_instrument","description":"One card pays for both."}]},
                 {"id":"trap-corp","kind":"trap","fraud":false,"members":["acct-004"],
                  "why_benign":"One real company.","signals":[]}]}
                """);
        try (CaseStore store = ExerciseService.start(dataset, tmp.resolve("trainee-case"), ProgressSink.NONE,
                CancelToken.none())) {
            CaseworkService cw = new CaseworkService(store, "trainee");
            Tag t = cw.createTag("suspicious", "#D62728", "");
            cw.tag(t.id(), List.of(Target.account("acct-001"), Target.account("acct-004")));

            assertThat(ExerciseService.taggedAccounts(store, cw)).isEqualTo(Set.of("acct-001", "acct-004"));
            ExerciseScore s = ExerciseService.score(store, cw, dataset);
            assertThat(s.precision()).isEqualTo(0.5);
            assertThat(s.recall()).isEqualTo(0.5);
            assertThat(s.networks().get(0).found()).isTrue();
            assertThat(s.feedback()).contains("TRAP trap-corp: 1 accounts wrongly tagged. Why it is benign: One real"
                    + " company.");
        }
    }
}
