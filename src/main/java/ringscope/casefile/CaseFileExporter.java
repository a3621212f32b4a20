package ringscope.casefile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import ringscope.casework.CaseworkService;
import ringscope.model.CancelToken;
import ringscope.model.Progress;
import ringscope.model.ProgressSink;
import ringscope.store.CaseStore;

/**
 * Exports an open case to one {@value CaseFileFormat#EXTENSION} bundle (docs/casefile.md).
 *
 * <p>Atomic: the zip is written to a hidden temporary file next to the target and moved into place only when complete,
 * so a failed or cancelled export (token polled between clusters, links and entries) leaves no file at the target and
 * no temporary file behind. The case is only read. Runs on a worker thread; one exporter per export.
 */
public final class CaseFileExporter {
    private final CaseStore store;
    private final CaseworkService casework;
    private final Clock clock;

    public CaseFileExporter(CaseStore store, CaseworkService casework, Clock clock) {
        this.store = store;
        this.casework = casework;
        this.clock = clock;
    }

    public CaseFileExporter(CaseStore store, CaseworkService casework) {
        this(store, casework, Clock.systemUTC());
    }

    /** An export without pictures of the views; case.json and the report say that none were captured. */
    public ExportResult export(Path target, ExportProfile profile, ProgressSink progress, CancelToken cancel) {
        return export(target, profile, ViewImages.notCaptured("exported without a window"), progress, cancel);
    }

    /**
     * Exports the case with {@code views} (pictures taken by the window, or the reason there are none) as entries
     * under {@value CaseFileFormat#VIEWS_FOLDER}.
     */
    public ExportResult export(Path target, ExportProfile profile, ViewImages views, ProgressSink progress,
            CancelToken cancel) {
        Path abs = target.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) {
            throw new BundleException(abs + " is a folder; choose a file name ending in " + CaseFileFormat.EXTENSION);
        }
        long t0 = clock.millis();
        CaseSnapshot snapshot;
        try (CaseStore read = store.readSnapshot()) {
            // every query of the export through one connection and one read transaction: consistent and fast
            CaseworkService work = new CaseworkService(read, casework.actor());
            snapshot = new CaseCollector(read, work, new Redactor(profile)).collect(t0, progress, cancel);
        }
        Map<String, byte[]> data = render(snapshot, views);
        checkCancel(cancel);
        List<ManifestEntry> listed = new ArrayList<>();
        data.forEach((name, bytes) -> listed.add(ManifestEntry.of(name, bytes)));
        String rootHash = Manifest.rootHashOf(listed);
        ObjectNode caseJson = (ObjectNode) CaseFileJson.read(CaseFileFormat.CASE_JSON, data.get(CaseFileFormat.CASE_JSON));
        byte[] report = new HtmlReport().render(caseJson, rootHash, views, listed);
        ManifestEntry reportEntry = ManifestEntry.of(CaseFileFormat.REPORT, report);
        Manifest manifest = Manifest.of(snapshot.caseName(), CaseJsonWriter.time(t0), listed, reportEntry);
        data.put(CaseFileFormat.REPORT, report);
        data.put(CaseFileFormat.MANIFEST, manifest.bytes());
        long bytes = writeAtomically(abs, data, t0, progress, cancel);
        return new ExportResult(abs, rootHash, data.size(), bytes, snapshot.clusters().size());
    }

    private static Map<String, byte[]> render(CaseSnapshot s, ViewImages views) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        ObjectNode json = new CaseJsonWriter().write(s);
        json.set("views", views.tree());
        out.put(CaseFileFormat.CASE_JSON, CaseFileJson.write(json));
        out.put(CaseFileFormat.ACTION_LOG, ActionLogCodec.write(s.events()));
        out.put(CaseFileFormat.ACCOUNTS_CSV, CsvExtracts.accounts(s));
        out.put(CaseFileFormat.LINKS_CSV, CsvExtracts.links(s));
        out.put(CaseFileFormat.ROWS_CSV, CsvExtracts.rows(s));
        out.put(CaseFileFormat.GRAPHML, GraphExports.graphml(s));
        out.put(CaseFileFormat.TIMELINE, GraphExports.timesketch(s));
        views.images().forEach(i -> out.put(i.entry(), i.png()));
        return out;
    }

    private long writeAtomically(Path target, Map<String, byte[]> entries, long timeMs, ProgressSink progress,
            CancelToken cancel) {
        Path dir = target.getParent();
        Path temp = null;
        boolean moved = false;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "." + target.getFileName(), ".partial");
            long total = entries.values().stream().mapToLong(b -> b.length).sum();
            long done = 0;
            try (OutputStream out = Files.newOutputStream(temp);
                    ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                    checkCancel(cancel);
                    ZipEntry z = new ZipEntry(e.getKey());
                    z.setLastModifiedTime(FileTime.fromMillis(timeMs));
                    zip.putNextEntry(z);
                    zip.write(e.getValue());
                    zip.closeEntry();
                    done += e.getValue().length;
                    progress.report(new Progress("writing " + e.getKey(), done, done, total, clock.millis() - timeMs));
                }
            }
            checkCancel(cancel);
            move(temp, target);
            moved = true;
            return Files.size(target);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the case file " + target + ": " + e.getMessage(), e);
        } finally {
            if (temp != null && !moved) {
                deleteQuietly(temp);
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover hidden .partial file is harmless and named as such
        }
    }

    private static void checkCancel(CancelToken cancel) {
        if (cancel.isCancelled()) {
            throw new ExportCancelledException();
        }
    }
}
