package ringscope.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ringscope.model.RejectReason;

/**
 * Reads Apache/Nginx access logs in the combined format ({@code %h %l %u %t "%r" %>s %b "%{Referer}i"
 * "%{User-agent}i"}, nginx {@code $remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent
 * "$http_referer" "$http_user_agent"}), optionally followed by further quoted fields named by the profile (an API-key
 * header, for example); the common format (without referer and user agent) is read too. Every line must match the
 * strict pattern as a whole; one that does not is a bad record. Quoted values have {@code \"} and {@code \\}
 * unescaped; {@code \xHH} escapes are kept as written (evidence).
 */
final class AccessLogRecordSource implements RecordSource {
    // a quoted value as an "unrolled loop" with possessive quantifiers: runs of plain characters, each escape with
    // the run after it. The plain alternation (?:[^"\\]|\\.)* recursed once per character inside java.util.regex
    // and overflowed the stack on a quoted value of ~2,400 characters (fuzz finding 9); the language is the same and
    // unambiguous, so nothing needs backtracking
    private static final String QUOTED_BODY = "[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+";
    private static final String QUOTED = "\"(" + QUOTED_BODY + ")\"";
    private static final String QUOTED_NC = "\"" + QUOTED_BODY + "\"";
    static final Pattern LINE = Pattern.compile("^(\\S+) (\\S+) (\\S+) \\[([^\\]]+)\\] " + QUOTED
            + " (\\d{3}) (\\d+|-)(?: " + QUOTED + " " + QUOTED + "((?: " + QUOTED_NC + ")*+))?\\s*$");
    private static final Pattern ONE_QUOTED = Pattern.compile(QUOTED);
    private static final Pattern REQUEST = Pattern.compile("^(\\S+) (\\S+)(?: (\\S+))?$");
    static final List<String> COLUMNS = List.of("remote_addr", "ident", "remote_user", "time_local", "request",
            "status", "body_bytes_sent", "http_referer", "http_user_agent", "request_method", "request_path",
            "request_protocol");

    private final InputStream in;
    private final LineSource lines;
    private final List<String> extraNames;
    private long blank;

    AccessLogRecordSource(SourceFormat format, InputStream in) {
        this.in = in;
        this.lines = new LineSource(in, CsvRowReader.MAX_LINE_BYTES);
        this.extraNames = format.extraFields();
    }

    /** True when {@code line} is an access-log line (used by format detection). */
    static boolean matches(String line) {
        return LINE.matcher(line).matches();
    }

    @Override
    public SourceRecord next() throws IOException {
        LineSource.Line l;
        while ((l = lines.next()) != null && !l.tooLong() && l.invalidUtf8At() < 0 && l.text().isBlank()) {
            blank++;
        }
        if (l == null) {
            return null;
        }
        String raw = RecordSource.excerpt(l.raw());
        if (l.tooLong()) {
            return SourceRecord.bad(l.lineNo(), l.byteOffset(), raw, RejectReason.LINE_TOO_LONG,
                    "line is longer than " + CsvRowReader.MAX_LINE_BYTES + " bytes");
        }
        if (l.invalidUtf8At() >= 0) {
            return SourceRecord.bad(l.lineNo(), l.byteOffset(), raw, RejectReason.INVALID_UTF8,
                    "invalid UTF-8 at byte offset " + l.invalidUtf8At());
        }
        Matcher m = LINE.matcher(l.text());
        if (!m.matches()) {
            return SourceRecord.bad(l.lineNo(), l.byteOffset(), raw, RejectReason.INVALID_VALUE,
                    "line does not match the combined access log format");
        }
        return SourceRecord.ok(l.lineNo(), l.byteOffset(), raw, values(m));
    }

    private Map<String, String> values(Matcher m) {
        Map<String, String> v = new HashMap<>();
        for (int i = 0; i < 9; i++) {
            String g = m.group(i + 1);
            if (g != null) {
                v.put(COLUMNS.get(i), i == 4 || i >= 7 ? unescape(g) : g);
            }
        }
        Matcher r = REQUEST.matcher(v.get("request"));
        if (r.matches()) {
            v.put("request_method", r.group(1));
            v.put("request_path", r.group(2));
            if (r.group(3) != null) {
                v.put("request_protocol", r.group(3));
            }
        }
        String tail = m.group(10);
        if (tail != null && !tail.isEmpty()) {
            Matcher q = ONE_QUOTED.matcher(tail);
            int k = 0;
            while (q.find()) {
                String name = k < extraNames.size() ? extraNames.get(k) : "extra" + (k + 1);
                v.put(name, unescape(q.group(1)));
                k++;
            }
        }
        return v;
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && (s.charAt(i + 1) == '"' || s.charAt(i + 1) == '\\')) {
                b.append(s.charAt(++i));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    @Override
    public List<String> columns() {
        List<String> out = new ArrayList<>(COLUMNS);
        out.addAll(extraNames);
        return out;
    }

    @Override
    public long blankLines() {
        return blank;
    }

    @Override
    public boolean bomPresent() {
        return lines.bomPresent();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
