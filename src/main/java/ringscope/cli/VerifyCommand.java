package ringscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import ringscope.casefile.BundleReader;
import ringscope.casefile.BundleVerifier;
import ringscope.casefile.Verification;

/**
 * {@code ringscope verify <file>}: checks every hash of a case file. Exit status 0 only when everything verifies;
 * 1 with one line per finding (each naming the entry) otherwise, or when the file is refused as unsafe.
 */
@CommandLine.Command(name = "verify", description = "Verify a case file: every entry against the manifest, the root"
        + " hash, the action log's hash chain.")
final class VerifyCommand implements Callable<Integer> {
    @CommandLine.Parameters(index = "0", description = "case file")
    Path file;

    @CommandLine.Option(names = "--expect-root", description = "root hash recorded at hand-over; must match")
    String expectedRoot = "";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Verification v = new BundleVerifier().verify(new BundleReader().read(file), expectedRoot);
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
        out.flush();
        return v.ok() ? 0 : 1;
    }
}
