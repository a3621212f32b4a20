package ringscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import ringscope.casework.CaseworkService;
import ringscope.store.CaseStore;
import ringscope.training.ExerciseScore;
import ringscope.training.ExerciseService;

/** {@code ringscope score-exercise <case> <dataset>}: the trainee's tags against the dataset's answer key. */
@CommandLine.Command(name = "score-exercise", description = "Score a training case's tags against the dataset's"
        + " answer-key.json.")
final class ScoreExerciseCommand implements Callable<Integer> {
    @CommandLine.Parameters(index = "0", description = "case folder")
    Path caseFolder;

    @CommandLine.Parameters(index = "1", description = "training dataset folder (with answer-key.json)")
    Path dataset;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (CaseStore store = CaseStore.open(caseFolder)) {
            ExerciseScore s = ExerciseService.score(store, new CaseworkService(store,
                    System.getProperty("user.name", "trainee")), dataset);
            s.feedback().forEach(out::println);
            out.flush();
            return 0;
        }
    }
}
