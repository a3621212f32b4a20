package ringscope.importer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * Opens a source file for reading: counts raw bytes (progress), hashes them again while reading (so a file that
 * changes during the import is caught), decompresses {@code .gz}, and refuses content that is not UTF-8 text
 * before any row is read (empty, gzip under a .csv name, images, UTF-16).
 */
final class SourceStream implements AutoCloseable {
    private final DatasetFiles.SourceFile file;
    private final MessageDigest digest = DatasetFiles.sha256();
    private final BoundedInputStream counting;
    private final InputStream content;

    SourceStream(DatasetFiles.SourceFile file) throws IOException, ImportFileException {
        this.file = file;
        this.counting = BoundedInputStream.builder()
                .setInputStream(new DigestInputStream(Files.newInputStream(file.path()), digest)).get();
        InputStream in = counting;
        if (file.gzip()) {
            try {
                in = new GZIPInputStream(in, 1 << 16);
            } catch (ZipException e) {
                counting.close();
                throw new ImportFileException(file.name() + " is named .gz but is not gzip-compressed", e);
            } catch (java.io.EOFException e) {
                counting.close();
                throw new ImportFileException(file.name() + " is empty", e);
            }
        }
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        sniff(buffered);
        this.content = buffered;
    }

    private void sniff(BufferedInputStream in) throws IOException, ImportFileException {
        in.mark(16);
        byte[] head = in.readNBytes(8);
        in.reset();
        int n = head.length;
        if (n == 0) {
            throw new ImportFileException(file.name() + ": file is empty");
        }
        int b0 = head[0] & 0xFF;
        int b1 = n > 1 ? head[1] & 0xFF : -1;
        String problem = null;
        if (b0 == 0x1F && b1 == 0x8B) {
            problem = "looks like gzip: name it " + file.kind().baseName() + "." + file.format() + ".gz";
        } else if (b0 == 0x89 && b1 == 'P') {
            problem = "not UTF-8 text (it is a PNG image)";
        } else if (b0 == 'P' && b1 == 'K') {
            problem = "not UTF-8 text (it is a zip archive)";
        } else if (b0 == '%' && b1 == 'P') {
            problem = "not UTF-8 text (it is a PDF document)";
        } else if (b0 == 0xFF && b1 == 0xFE || b0 == 0xFE && b1 == 0xFF) {
            problem = "is UTF-16 text; re-save it as UTF-8";
        } else {
            for (int i = 0; i < n; i++) {
                if (head[i] == 0) {
                    problem = "not UTF-8 text (it contains NUL bytes; UTF-16/32 or binary?)";
                    break;
                }
            }
        }
        if (problem != null) {
            throw new ImportFileException(file.name() + " " + problem);
        }
    }

    InputStream content() {
        return content;
    }

    /** Raw (compressed) bytes consumed so far. */
    long bytesRead() {
        return counting.getCount();
    }

    /** Reads whatever is left of the raw file and checks that the hash and size still match the fingerprint. */
    void verifyUnchanged() throws IOException, ImportFileException {
        byte[] buf = new byte[1 << 16];
        while (counting.read(buf) >= 0) {
            // drain: trailing bytes after the last row (or gzip trailer) are part of the fingerprint
        }
        String now = HexFormat.of().formatHex(digest.digest());
        if (!now.equals(file.sha256()) || counting.getCount() != file.size()) {
            throw new ImportFileException(file.name() + ": source changed during import (SHA-256 or size differs "
                    + "from when the import started)");
        }
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}
