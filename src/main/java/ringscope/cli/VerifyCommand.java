package ringscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import ringscope.casefile.BundleContents;
import ringscope.casefile.BundleReader;
import ringscope.casefile.BundleVerifier;
import ringscope.casefile.CaseFileFormat;
import ringscope.casefile.SourceCheck;
import ringscope.casefile.SourceCheckReport;
import ringscope.casefile.Verification;
import ringscope.model.CancelToken;

/**
 * {@code ringscope verify <file> [--sources <folder>]}: checks every hash of a case file and, when the original source
 * files are at hand, re-hashes them and recomputes the numbers that come straight from them (docs/casefile.md). Exit
 * status 0 only when everything verifies and every source matches; 1 with one line per finding (each naming the
 * entry or file) otherwise, or when the file is refused as unsafe.
 */
@CommandLine.Command(name = "verify", description = "Verify a case file: every entry against the manifest, the root"
        + " hash, the action log's hash chain.")
final class VerifyCommand implements Callable<Integer> {
    @CommandLine.Parameters(index = "0", description = "case file")
    Path file;

    @CommandLine.Option(names = "--expect-root", description = "root hash recorded at hand-over; must match")
    String expectedRoot = "";

    @CommandLine.Option(names = "--sources", description = "folder holding the original source files: re-hash"
            + " them (found by name) and recompute the per-file counts and the rows behind every link")
    Path sources;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        BundleContents bundle = new BundleReader().read(file);
        Verification v = new BundleVerifier().verify(bundle, expectedRoot);
        if (v.ok()) {
            out.println("VERIFIED " + file);
            out.printf("%d entries match the manifest; %d logged actions chain correctly%n", v.entriesChecked(),
                    v.actionEvents());
            out.println("root hash " + v.rootHash());
        } else {
            out.println("NOT VERIFIED " + file);
            v.findings().forEach(f -> out.println("  " + f.entry() + ": " + f.problem()));
            if (!v.rootHash().isEmpty()) {
                out.println("root hash stated in the manifest " + v.rootHash());
            }
        }
        boolean sourcesOk = sources == null || checkSources(bundle, out);
        out.flush();
        return v.ok() && sourcesOk ? 0 : 1;
    }

    private boolean checkSources(BundleContents bundle, PrintWriter out) {
        if (bundle.bytes(CaseFileFormat.CASE_JSON).isEmpty()) {
            out.println("SOURCES NOT CHECKED: the case file has no " + CaseFileFormat.CASE_JSON);
            return false;
        }
        SourceCheckReport r = new SourceCheck().check(bundle, sources,
                new StderrProgress(spec.commandLine().getErr()), CancelToken.none());
        out.println((r.ok() ? "SOURCES MATCH " : "SOURCES DO NOT MATCH ") + sources);
        r.lines().forEach(l -> out.println("  " + l));
        out.println(r.headline());
        return r.ok();
    }
}
