package ringscope.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Finds the files of a native dataset folder and fingerprints them (SHA-256 of the bytes on disk). */
final class DatasetFiles {
    private DatasetFiles() {}

    /** One file to import. {@code format} is csv, csv.gz, jsonl or jsonl.gz. */
    record SourceFile(FileKind kind, Path path, String format, long size, String sha256) {
        String name() {
            return path.getFileName().toString();
        }

        boolean gzip() {
            return format.endsWith(".gz");
        }

        boolean jsonl() {
            return format.startsWith("jsonl");
        }
    }

    /** The dataset's files in import order, without fingerprints yet. */
    static List<SourceFile> locate(Path folder) throws ImportFileException {
        if (!Files.isDirectory(folder)) {
            throw new ImportFileException("Not a dataset folder: " + folder);
        }
        List<SourceFile> out = new ArrayList<>();
        for (FileKind kind : FileKind.values()) {
            int before = out.size();
            for (String format : kind.acceptsJsonl() ? List.of("csv", "csv.gz", "jsonl", "jsonl.gz")
                    : List.of("csv", "csv.gz")) {
                Path p = folder.resolve(kind.baseName() + "." + format);
                if (Files.isRegularFile(p)) {
                    out.add(new SourceFile(kind, p, format, -1, null));
                }
            }
            if (kind.requiredFile() && out.size() == before) {
                throw new ImportFileException("The dataset folder has no " + kind.baseName() + ".csv (or .csv.gz"
                        + (kind.acceptsJsonl() ? ", .jsonl" : "") + "): " + folder);
            }
        }
        return out;
    }

    static SourceFile fingerprint(SourceFile f, long maxBytes) throws IOException, ImportFileException {
        long size = Files.size(f.path());
        if (size > maxBytes) {
            throw new ImportFileException(f.name() + " is " + size + " bytes, larger than the limit of " + maxBytes
                    + " bytes; raise the limit in the import options if this is intended");
        }
        MessageDigest md = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(f.path()), md)) {
            byte[] buf = new byte[1 << 16];
            while (in.read(buf) >= 0) {
                // reading is the work: the digest sees every byte
            }
        }
        return new SourceFile(f.kind(), f.path(), f.format(), size, HexFormat.of().formatHex(md.digest()));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
