package ringscope.training;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import ringscope.analysis.AnalysisQueries;
import ringscope.casework.CaseworkService;
import ringscope.importer.ImportOptions;
import ringscope.importer.ImportService;
import ringscope.model.CancelToken;
import ringscope.model.ClusterMember;
import ringscope.model.ProgressSink;
import ringscope.model.TagAssignment;
import ringscope.model.TargetKind;
import ringscope.store.CaseStore;

/**
 * Training exercises: a bundled dataset (with {@code answer-key.json}) imported into a fresh case for a trainee, and
 * the trainee's tags scored against the key. The key stays in the dataset folder, never in the case. Runs on a
 * worker thread.
 */
public final class ExerciseService {
    public static final String ANSWER_KEY = "answer-key.json";

    private ExerciseService() {}

    /** The answer key of a training dataset folder; a folder without one is not an exercise. */
    public static AnswerKey key(Path dataset) {
        Path file = dataset.resolve(ANSWER_KEY);
        if (!Files.isRegularFile(file)) {
            throw new ExerciseException(dataset.getFileName() + " has no " + ANSWER_KEY + ": it is not a training"
                    + " exercise");
        }
        return AnswerKey.read(file);
    }

    /** Creates {@code caseFolder} and imports {@code dataset} into it (checks first that it has an answer key). */
    public static CaseStore start(Path dataset, Path caseFolder, ProgressSink progress, CancelToken cancel) {
        key(dataset);
        CaseStore store = CaseStore.create(caseFolder);
        try {
            new ImportService(store).importDataset(dataset, ImportOptions.defaults(), progress, cancel);
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Accounts the trainee tagged: tagged directly, or members of a tagged cluster (any active tag). */
    public static Set<String> taggedAccounts(CaseStore store, CaseworkService casework) {
        AnalysisQueries analysis = new AnalysisQueries(store);
        Set<String> out = new TreeSet<>();
        for (TagAssignment a : casework.queries().activeAssignments()) {
            if (a.target().kind() == TargetKind.ACCOUNT) {
                out.add(a.target().key());
            } else if (a.target().kind() == TargetKind.CLUSTER) {
                try {
                    analysis.members(Long.parseLong(a.target().key())).stream().map(ClusterMember::accountId)
                            .forEach(out::add);
                } catch (NumberFormatException e) {
                    // a cluster key that is not a number names no cluster of this case
                }
            }
        }
        return out;
    }

    /** Scores the case's tags against the dataset's answer key. */
    public static ExerciseScore score(CaseStore store, CaseworkService casework, Path dataset) {
        return ExerciseScorer.score(key(dataset), taggedAccounts(store, casework));
    }
}
