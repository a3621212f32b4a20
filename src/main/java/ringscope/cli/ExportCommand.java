package ringscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import ringscope.casefile.CaseFileExporter;
import ringscope.casefile.CaseFileFormat;
import ringscope.casefile.ExportProfile;
import ringscope.casefile.ExportResult;
import ringscope.casefile.ViewImages;
import ringscope.casework.CaseworkService;
import ringscope.model.CancelToken;
import ringscope.store.CaseStore;

/**
 * {@code ringscope export <case> <file>}: writes the case file bundle (docs/casefile.md) and prints its root hash,
 * which belongs in the hand-over note. The extension {@value CaseFileFormat#EXTENSION} is added when missing.
 */
@CommandLine.Command(name = "export", description = "Export the case to one " + CaseFileFormat.EXTENSION
        + " case file (report, extracts, hashed manifest).")
final class ExportCommand implements Callable<Integer> {
    @CommandLine.Parameters(index = "0", description = "case folder")
    Path caseFolder;

    @CommandLine.Parameters(index = "1", description = "case file to write (" + CaseFileFormat.EXTENSION + ")")
    Path file;

    @CommandLine.Option(names = "--profile", description = "full (default) or redacted: prompt values dropped,"
            + " IPs and email domains hashed, tagged clusters only")
    String profile = "full";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ExportProfile chosen = ExportProfile.named(profile);
        Path target = file.getFileName().toString().endsWith(CaseFileFormat.EXTENSION) ? file
                : file.resolveSibling(file.getFileName() + CaseFileFormat.EXTENSION);
        try (CaseStore store = CaseStore.open(caseFolder)) {
            CaseworkService casework = new CaseworkService(store, System.getProperty("user.name", "analyst"));
            ExportResult r = new CaseFileExporter(store, casework).export(target, chosen,
                    ViewImages.notCaptured("exported from the command line, which has no window"),
                    new StderrProgress(spec.commandLine().getErr()), CancelToken.none());
            out.printf("wrote %s (%,d bytes, %d entries, %d tagged clusters, profile %s)%n", r.file(), r.bytes(),
                    r.entries(), r.taggedClusters(), chosen.name());
            out.println("root hash " + r.rootHash());
            out.flush();
            return 0;
        }
    }
}
