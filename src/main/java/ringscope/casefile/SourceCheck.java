package ringscope.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import ringscope.casefile.SourceCheckReport.FileCheck;
import ringscope.casefile.SourceCheckReport.NumberCheck;
import ringscope.casefile.SourceCheckReport.Status;
import ringscope.model.CancelToken;
import ringscope.model.FileReport;
import ringscope.model.Progress;
import ringscope.model.ProgressSink;

/**
 * Checks a case file against the original source files when they are at hand (docs/casefile.md): finds every source
 * file case.json lists in a folder by its name (the folder and its subfolders, up to {@value #DEPTH} deep), compares
 * SHA-256, then recomputes from the matching files the per-file counts ({@link SourceReplay}) and the number of rows
 * behind every exported link receipt from the receipt's line numbers ({@link ReceiptRecount}). Reads only; the
 * cancel token is polled between files and import runs. Worker thread.
 */
public final class SourceCheck {
    static final int DEPTH = 4;

    /** Checks the sources of {@code bundle} (its case.json) against {@code folder}. */
    public SourceCheckReport check(BundleContents bundle, Path folder, ProgressSink progress, CancelToken cancel) {
        JsonNode caseJson = CaseFileJson.read(CaseFileFormat.CASE_JSON, bundle.bytes(CaseFileFormat.CASE_JSON)
                .orElseThrow(() -> new BundleException("The case file has no " + CaseFileFormat.CASE_JSON)));
        return check(caseJson, folder, progress, cancel);
    }

    SourceCheckReport check(JsonNode caseJson, Path folder, ProgressSink progress, CancelToken cancel) {
        if (!Files.isDirectory(folder)) {
            throw new BundleException("Not a folder: " + folder);
        }
        long t0 = System.currentTimeMillis();
        Map<String, List<Path>> byName = filesByName(folder);
        List<JsonNode> listed = new ArrayList<>();
        caseJson.path("sources").path("files").forEach(listed::add);
        List<FileCheck> files = new ArrayList<>();
        Map<String, Path> found = new LinkedHashMap<>(); // SHA-256 -> matching file
        for (JsonNode f : listed) {
            checkCancel(cancel);
            progress.report(new Progress("hashing " + f.path("fileName").asText(), files.size(), files.size(),
                    listed.size(), System.currentTimeMillis() - t0));
            FileCheck c = find(folder, f.path("fileName").asText(), f.path("sha256").asText(), byName);
            files.add(c);
            if (c.status() == Status.MATCHES) {
                found.put(c.sha256(), folder.resolve(c.foundAt()));
            }
        }
        List<NumberCheck> numbers = new ArrayList<>();
        List<String> notRecomputed = new ArrayList<>();
        recountFiles(listed, files, found, numbers, notRecomputed, progress, cancel);
        checkCancel(cancel);
        progress.report(new Progress("recounting the rows behind each link", files.size(), files.size(),
                files.size(), System.currentTimeMillis() - t0));
        List<NumberCheck> receipts = new ArrayList<>();
        long agreeing = new ReceiptRecount(listed, found).recount(caseJson, receipts, notRecomputed);
        return new SourceCheckReport(files, numbers, receipts, agreeing, notRecomputed);
    }

    private static FileCheck find(Path folder, String name, String sha, Map<String, List<Path>> byName) {
        FileCheck differs = new FileCheck(name, sha, Status.MISSING, "", "");
        for (Path p : byName.getOrDefault(name, List.of())) {
            String actual = sha256(p);
            String rel = folder.relativize(p).toString();
            if (actual.equalsIgnoreCase(sha)) {
                return new FileCheck(name, sha, Status.MATCHES, rel, actual);
            }
            if (differs.status() == Status.MISSING) {
                differs = new FileCheck(name, sha, Status.DIFFERS, rel, actual);
            }
        }
        return differs;
    }

    /** Replays the import runs in order while every file of each is at hand and matches. */
    private static void recountFiles(List<JsonNode> listed, List<FileCheck> checks,
            Map<String, Path> found, List<NumberCheck> numbers, List<String> notRecomputed, ProgressSink progress,
            CancelToken cancel) {
        Map<Long, List<Integer>> runs = new TreeMap<>();
        for (int i = 0; i < listed.size(); i++) {
            runs.computeIfAbsent(listed.get(i).path("importRunId").asLong(), k -> new ArrayList<>()).add(i);
        }
        String broken = "";
        try (SourceReplay replay = new SourceReplay()) {
            for (Map.Entry<Long, List<Integer>> run : runs.entrySet()) {
                checkCancel(cancel);
                List<String> names = run.getValue().stream().map(i -> listed.get(i).path("fileName").asText())
                        .toList();
                String why = broken.isEmpty() ? unusable(run.getValue(), listed, checks) : broken;
                if (!why.isEmpty()) {
                    notRecomputed.add("counts of " + String.join(", ", names) + " (import run " + run.getKey()
                            + "): " + why);
                    broken = broken.isEmpty() ? "an earlier import run (" + run.getKey() + ") could not be replayed,"
                            + " so rows it held would not count as duplicates as they did" : broken;
                    continue;
                }
                Map<String, Path> files = new LinkedHashMap<>();
                for (int i : run.getValue()) {
                    files.put(listed.get(i).path("fileName").asText(), found.get(listed.get(i).path("sha256").asText()));
                }
                SourceReplay.Result r = replay.importRun(run.getKey(), files, progress, cancel);
                if (!r.complete()) {
                    notRecomputed.add("counts of " + String.join(", ", names) + " (import run " + run.getKey()
                            + "): importing them again failed: " + r.message());
                    broken = "an earlier import run (" + run.getKey() + ") failed when replayed";
                    continue;
                }
                for (int i : run.getValue()) {
                    compare(listed.get(i), r.files().get(listed.get(i).path("sha256").asText()), numbers,
                            notRecomputed);
                }
            }
        }
    }

    private static String unusable(List<Integer> files, List<JsonNode> listed, List<FileCheck> checks) {
        for (int i : files) {
            JsonNode f = listed.get(i);
            if (!"COMPLETE".equals(f.path("importStatus").asText())) {
                return "its import ended " + f.path("importStatus").asText() + ", so the case holds none of its rows";
            }
            if (checks.get(i).status() != Status.MATCHES) {
                return f.path("fileName").asText() + (checks.get(i).status() == Status.MISSING ? " is missing"
                        : " differs from the file imported");
            }
        }
        return "";
    }

    private static void compare(JsonNode f, FileReport again, List<NumberCheck> numbers, List<String> notRecomputed) {
        String name = f.path("fileName").asText();
        if (again == null) {
            notRecomputed.add("counts of " + name + ": the importer did not read it as part of a dataset folder"
                    + " (imported through a mapping profile?)");
            return;
        }
        numbers.add(new NumberCheck(name + ": rows read", f.path("read").asLong(), again.read()));
        numbers.add(new NumberCheck(name + ": rows imported", f.path("imported").asLong(), again.imported()));
        numbers.add(new NumberCheck(name + ": rows rejected", f.path("rejected").asLong(), again.rejected()));
        numbers.add(new NumberCheck(name + ": duplicate rows", f.path("duplicates").asLong(), again.duplicates()));
        numbers.add(new NumberCheck(name + ": blank lines", f.path("blank").asLong(), again.blank()));
    }

    private static Map<String, List<Path>> filesByName(Path folder) {
        Map<String, List<Path>> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder, DEPTH)) {
            all.filter(Files::isRegularFile).sorted().forEach(p -> out.computeIfAbsent(p.getFileName().toString(),
                    k -> new ArrayList<>()).add(p));
        } catch (IOException | UncheckedIOException e) {
            throw new BundleException("Cannot list the source folder " + folder + ": " + e.getMessage());
        }
        return out;
    }

    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the source file " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void checkCancel(CancelToken cancel) {
        if (cancel.isCancelled()) {
            throw new CheckCancelledException();
        }
    }
}
