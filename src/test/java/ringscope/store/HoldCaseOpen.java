package ringscope.store;

import java.nio.file.Path;

/** Child-process helper for tests: opens a case, prints OPEN, and keeps it open until stdin closes. */
public final class HoldCaseOpen {
    private HoldCaseOpen() {}

    public static void main(String[] args) throws Exception {
        try (CaseStore store = CaseStore.openOrCreate(Path.of(args[0]))) {
            System.out.println("OPEN");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our stdin
            }
        }
    }
}
