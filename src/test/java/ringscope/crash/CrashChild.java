package ringscope.crash;

import java.nio.file.Path;
import java.util.List;
import ringscope.analysis.AnalysisService;
import ringscope.casework.CaseworkService;
import ringscope.importer.ImportOptions;
import ringscope.importer.ImportService;
import ringscope.model.AnalysisParameters;
import ringscope.model.AnalysisRun;
import ringscope.model.CancelToken;
import ringscope.model.ImportReport;
import ringscope.model.Note;
import ringscope.model.ProgressSink;
import ringscope.model.Tag;
import ringscope.model.Target;
import ringscope.store.CaseStore;

/**
 * Child process of {@link CrashHarnessTest}: opens a case, prints {@code READY}, then works until it is killed,
 * printing a line as soon as each action has returned to its caller (the moment the UI would show it as done).
 * <ul>
 *   <li>{@code import CASE DATASET}: one import, then {@code COMPLETE n} (interactions imported) or its status;</li>
 *   <li>{@code casework CASE}: forever: a note ({@code NOTE id}) or, every third action, a new tag applied to a
 *       cluster ({@code TAG tagId clusterId});</li>
 *   <li>{@code analysis CASE}: forever: an analysis run ({@code RUN id links clusters}).</li>
 * </ul>
 */
public final class CrashChild {
    private CrashChild() {}

    public static void main(String[] args) throws Exception {
        dieWithParent();
        String mode = args[0];
        try (CaseStore store = CaseStore.openOrCreate(Path.of(args[1]))) {
            say("READY");
            switch (mode) {
                case "import" -> importOnce(store, Path.of(args[2]));
                case "casework" -> casework(store);
                case "analysis" -> analysis(store);
                default -> throw new IllegalArgumentException(mode);
            }
            while (true) {
                Thread.sleep(1000); // stay alive: the parent decides when we die
            }
        }
    }

    /**
     * Stops this process (as abruptly as the harness's kill) once the process that started it is gone: the analysis
     * and casework modes work forever, and a harness that died without killing them (a CI run stopped by hand) left
     * them using a core.
     */
    private static void dieWithParent() {
        ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
        if (parent == null) {
            return;
        }
        Thread watch = new Thread(() -> {
            while (parent.isAlive()) {
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(3);
        }, "parent-watch");
        watch.setDaemon(true);
        watch.start();
    }

    private static void importOnce(CaseStore store, Path dataset) {
        ImportReport r = new ImportService(store).importDataset(dataset, ImportOptions.defaults(), ProgressSink.NONE,
                CancelToken.none());
        long interactions = r.files().stream().filter(f -> f.kind().equals("interactions"))
                .mapToLong(f -> f.imported()).sum();
        say(r.status() + " " + interactions);
    }

    private static void casework(CaseStore store) {
        CaseworkService casework = new CaseworkService(store, "crash-child");
        for (int n = 1; ; n++) {
            if (n % 3 == 0) {
                Tag tag = casework.createTag("tag " + System.nanoTime(), "#BCBD22", "");
                casework.tag(tag.id(), List.of(Target.cluster(n)));
                say("TAG " + tag.id() + " " + n);
            } else {
                Note note = casework.addNote(Target.cluster(1), "note " + n);
                say("NOTE " + note.id());
            }
        }
    }

    private static void analysis(CaseStore store) {
        AnalysisService analysis = new AnalysisService(store);
        for (int n = 1; ; n++) {
            AnalysisRun r = analysis.run("run " + n, AnalysisParameters.defaults(), ProgressSink.NONE,
                    CancelToken.none());
            say("RUN " + r.info().id() + " " + r.info().links() + " " + r.info().clusters());
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
