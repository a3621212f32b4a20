package ringscope.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Splits a byte stream into physical lines ({@code \n}, {@code \r\n} or a lone {@code \r}) and decodes each one as
 * strict UTF-8. Invalid bytes never become a silent U+FFFD: the line records the byte offset of the first invalid
 * sequence so the row can be quarantined; in the returned text they are replaced by U+FFFD only so that record
 * structure stays intact for the parser.
 *
 * <p>Memory is bounded by {@code maxLineBytes}: a longer line is reported as too long (its text truncated) and reading
 * resumes at the next line break. A UTF-8 byte order mark at the start is skipped and remembered. Not thread-safe.
 */
final class LineSource {
    private static final int BUF = 1 << 16;

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buf = new byte[BUF];
    private int pos;
    private int limit;
    private boolean eof;
    private byte[] line = new byte[256];
    private long nextLineNo = 1;
    private long offset;
    private boolean bomPresent;
    private boolean started;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private CharBuffer chars = CharBuffer.allocate(256);

    /**
     * One physical line. {@code invalidUtf8At} is the absolute byte offset of the first bad byte, or -1; {@code raw}
     * is the text with every invalid byte written as {@code \xNN} (equal to {@code text} when the line is valid).
     */
    record Line(long lineNo, long byteOffset, String text, String raw, long invalidUtf8At, boolean tooLong) {}

    LineSource(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    boolean bomPresent() {
        return bomPresent;
    }

    /** The next line, or null at end of input. */
    Line next() throws IOException {
        if (!started) {
            started = true;
            skipBom();
        }
        int len = 0;
        boolean tooLong = false;
        long start = offset;
        while (true) {
            if (pos == limit && !fill()) {
                if (len == 0 && !tooLong) {
                    return null;
                }
                break;
            }
            byte b = buf[pos++];
            offset++;
            if (b == '\n') {
                break;
            }
            if (b == '\r') {
                if ((pos < limit || fill()) && buf[pos] == '\n') {
                    pos++;
                    offset++;
                }
                break;
            }
            if (len < maxLineBytes) {
                if (len == line.length) {
                    line = java.util.Arrays.copyOf(line, Math.min(maxLineBytes, line.length * 2));
                }
                line[len++] = b;
            } else {
                tooLong = true;
            }
        }
        long lineNo = nextLineNo++;
        long[] bad = {-1};
        String text = decode(len, start, bad);
        String raw = bad[0] < 0 ? text : escapeInvalid(len);
        return new Line(lineNo, start, text, raw, bad[0], tooLong);
    }

    private void skipBom() throws IOException {
        while (limit - pos < 3 && !eof) {
            if (!fillMore()) {
                break;
            }
        }
        if (limit - pos >= 3 && (buf[pos] & 0xFF) == 0xEF && (buf[pos + 1] & 0xFF) == 0xBB
                && (buf[pos + 2] & 0xFF) == 0xBF) {
            pos += 3;
            offset += 3;
            bomPresent = true;
        }
    }

    private String decode(int len, long start, long[] bad) {
        if (isAscii(len)) {
            return new String(line, 0, len, StandardCharsets.ISO_8859_1);
        }
        decoder.reset();
        ByteBuffer bytes = ByteBuffer.wrap(line, 0, len);
        if (chars.capacity() < len) {
            chars = CharBuffer.allocate(len);
        }
        chars.clear();
        while (true) {
            CoderResult r = decoder.decode(bytes, chars, true);
            if (r.isUnderflow()) {
                r = decoder.flush(chars);
                if (r.isUnderflow()) {
                    break;
                }
            }
            if (r.isError()) {
                if (bad[0] < 0) {
                    bad[0] = start + bytes.position();
                }
                chars.put('\uFFFD');
                bytes.position(bytes.position() + r.length());
            }
        }
        chars.flip();
        return chars.toString();
    }

    /** Re-decodes the current line writing each undecodable byte as \xNN; only called for invalid lines. */
    private String escapeInvalid(int len) {
        StringBuilder b = new StringBuilder(len + 16);
        decoder.reset();
        ByteBuffer bytes = ByteBuffer.wrap(line, 0, len);
        CharBuffer out = CharBuffer.allocate(Math.max(len, 1));
        while (true) {
            CoderResult r = decoder.decode(bytes, out, true);
            out.flip();
            b.append(out);
            out.clear();
            if (r.isUnderflow()) {
                break;
            }
            if (r.isError()) {
                for (int i = 0; i < r.length(); i++) {
                    b.append(String.format("\\x%02X", line[bytes.position() + i] & 0xFF));
                }
                bytes.position(bytes.position() + r.length());
            }
        }
        return b.toString();
    }

    private boolean isAscii(int len) {
        for (int i = 0; i < len; i++) {
            if (line[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private boolean fill() throws IOException {
        pos = 0;
        limit = 0;
        return fillMore();
    }

    private boolean fillMore() throws IOException {
        if (eof) {
            return limit > pos;
        }
        if (pos > 0 && pos == limit) {
            pos = 0;
            limit = 0;
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
            return limit > pos;
        }
        limit += n;
        return true;
    }

}
