package ringscope.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.model.ActionEvent;
import ringscope.model.ActionType;
import ringscope.model.Note;
import ringscope.model.Target;
import ringscope.store.CaseStore;

/**
 * RELIABILITY.md F3: a child JVM edits and is killed with SIGKILL ({@code destroyForcibly}) right after an edit
 * reported success, while it keeps writing. On reopen every reported edit is present, every note present has exactly
 * its audit row (the edit in flight is wholly there or wholly absent), and the chain verifies.
 */
class CaseworkKillTest {
    @TempDir
    Path tmp;

    /** The child's protocol lines come on stdout; its log (stderr: the case's open logs at INFO) goes to a file. */
    private Process child(Path caseDir) throws Exception {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-cp",
                System.getProperty("java.class.path"), CaseworkEditChild.class.getName(), caseDir.toString())
                .redirectError(tmp.resolve(caseDir.getFileName() + "-stderr.txt").toFile()).start();
    }

    @Test
    void killedRightAfterReportedEditsKeepsEachEditWithItsAuditRow() throws Exception {
        for (int trial = 0; trial < 3; trial++) {
            Path caseDir = tmp.resolve("case" + trial);
            int killAfter = 1 + trial * 15;
            Process p = child(caseDir);
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            List<String> reported = new ArrayList<>();
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("NOTE ")) {
                    reported.add(line.split(" ")[2]);
                    if (reported.size() == killAfter) {
                        p.destroyForcibly().waitFor();
                        break;
                    }
                } else {
                    assertThat(line).startsWith("TAGGED");
                }
            }
            assertThat(reported).as("child output").hasSize(killAfter);

            try (CaseStore store = CaseStore.open(caseDir)) {
                CaseworkService casework = Cases.service(store);
                List<Note> notes = casework.queries().notesOn(Target.cluster(1));
                List<ActionEvent> events = casework.log().events();
                assertThat(notes).extracting(Note::id).containsAll(reported);
                assertThat(notes.size()).as("the child may have written more before the kill landed")
                        .isGreaterThanOrEqualTo(killAfter);
                assertThat(events.stream().filter(e -> e.action() == ActionType.ADD_NOTE).count())
                        .as("one audit row per note present").isEqualTo(notes.size());
                assertThat(events).hasSize(2 + notes.size());
                assertThat(casework.queries().tagsOn(Target.cluster(1))).hasSize(1);
                assertThat(casework.log().verify().ok()).isTrue();
            }
        }
    }
}
