package ringscope.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * Reads a bundle into memory, refusing hostile files before anything is trusted: entry names must be plain relative
 * paths ({@code a-z A-Z 0-9 . _ -} segments separated by {@code /}; no {@code ..}, no absolute, drive or backslash
 * paths, no duplicates), and the caps of {@link BundleLimits} hold for the file, the entry count, each entry, the total
 * and the compression ratio. Nothing is extracted to disk, so no entry can land outside anything. A damaged zip (CRC,
 * truncated, not a zip) is reported with the entry where reading stopped. Stateless; thread-safe.
 */
public final class BundleReader {
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final int MAX_NAME = 255;

    private final BundleLimits limits;

    public BundleReader(BundleLimits limits) {
        this.limits = limits;
    }

    public BundleReader() {
        this(BundleLimits.DEFAULT);
    }

    public BundleContents read(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new BundleException("No such case file: " + file, e);
        } catch (IOException e) {
            throw new BundleException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        if (size > limits.maxFileBytes()) {
            throw new BundleException(String.format("The case file is %,d bytes; the limit is %,d bytes", size,
                    limits.maxFileBytes()));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new BundleException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a bundle from a stream (the caller closes it). */
    public BundleContents read(InputStream raw) throws IOException {
        BoundedInputStream counted = BoundedInputStream.builder().setInputStream(raw).get();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        String current = "(start of file)";
        try (ZipInputStream zip = new ZipInputStream(counted)) {
            ZipEntry e;
            while ((e = nextEntry(zip, current)) != null) {
                current = e.getName();
                checkName(current);
                if (entries.containsKey(current)) {
                    throw new BundleException("Rejected: the entry name '" + current + "' appears twice");
                }
                if (entries.size() >= limits.maxEntries()) {
                    throw new BundleException("Rejected: more than " + limits.maxEntries() + " entries");
                }
                byte[] bytes = readEntry(zip, current, counted, limits.maxTotalBytes() - total);
                total += bytes.length;
                entries.put(current, bytes);
            }
        } catch (ZipException ex) {
            throw new BundleException("The case file is damaged near entry '" + current + "' (" + ex.getMessage()
                    + ")", ex);
        } catch (java.io.EOFException ex) {
            throw new BundleException("The case file is truncated near entry '" + current + "'", ex);
        }
        if (entries.isEmpty()) {
            throw new BundleException("Not a case file: it holds no zip entries");
        }
        return new BundleContents(entries);
    }

    /** The next entry; a name that is not UTF-8 (java.util.zip throws IllegalArgumentException) is refused. */
    private static ZipEntry nextEntry(ZipInputStream zip, String previous) throws IOException {
        try {
            return zip.getNextEntry();
        } catch (IllegalArgumentException ex) {
            throw new BundleException("Rejected: the entry after '" + previous + "' has a name that is not valid"
                    + " UTF-8 text (a case file never has one)", ex);
        }
    }

    private byte[] readEntry(ZipInputStream zip, String name, BoundedInputStream counted, long totalLeft) throws IOException {
        long startCompressed = counted.getCount();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        long n = 0;
        int r;
        while ((r = zip.read(buf)) > 0) {
            n += r;
            if (n > limits.maxEntryBytes()) {
                throw new BundleException(String.format("Rejected: entry '%s' inflates to more than %,d bytes (limit)",
                        name, limits.maxEntryBytes()));
            }
            if (n > totalLeft) {
                throw new BundleException(String.format("Rejected: the entries inflate to more than %,d bytes in all"
                        + " (limit)", limits.maxTotalBytes()));
            }
            long compressed = Math.max(1, counted.getCount() - startCompressed);
            if (n > limits.ratioFloorBytes() && n / compressed > limits.maxRatio()) {
                throw new BundleException(String.format("Rejected: entry '%s' has a compression ratio above %d:1"
                        + " (zip bomb?)", name, limits.maxRatio()));
            }
            out.write(buf, 0, r);
        }
        return out.toByteArray();
    }

    static void checkName(String name) {
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new BundleException("Rejected: an entry name is empty or longer than " + MAX_NAME + " characters");
        }
        String shown = name.codePoints().allMatch(c -> c >= 0x20 && c < 0x7f) ? name : "(non-ASCII name)";
        if (name.startsWith("/") || name.contains("\\") || name.contains(":")) {
            throw new BundleException("Rejected: the entry name '" + shown + "' is an absolute path or uses \\ or :"
                    + " (path escape)");
        }
        for (String seg : name.split("/", -1)) {
            if (seg.equals("..") || seg.equals(".")) {
                throw new BundleException("Rejected: the entry name '" + shown + "' climbs out of the bundle (..)");
            }
            if (!SEGMENT.matcher(seg).matches()) {
                throw new BundleException("Rejected: the entry name '" + shown + "' has characters a case file never"
                        + " uses (folders, links or special names)");
            }
        }
    }
}
