package ringscope.casework;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import ringscope.model.ActionEvent;

/**
 * The hash chain of the action log. An event's hash is the lower-case hex SHA-256 of the UTF-8 bytes of its canonical
 * form: a canonical JSON object (see {@link CanonicalJson}) with exactly these members, in this (sorted) order:
 * <pre>{"action":A,"actor":S,"after":J,"at":T,"before":J,"prev":H,"ref":N,"seq":N,"summary":S,"target":S}</pre>
 * where {@code J} is the stored before/after JSON text verbatim (already canonical), {@code T} the time as
 * {@code yyyy-MM-ddTHH:mm:ss.SSSZ} in UTC, {@code H} the previous event's hash (64 zeros for the first) and
 * {@code N} a decimal integer. Because {@code prev} is inside, each hash covers the whole log before it. Stateless.
 */
public final class ChainHasher {
    private static final DateTimeFormatter AT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private ChainHasher() {}

    /** The exact text that {@link #hash} digests; {@code e.hash()} is ignored. */
    public static String canonicalForm(ActionEvent e) {
        StringBuilder b = new StringBuilder(256 + e.beforeJson().length() + e.afterJson().length());
        b.append("{\"action\":");
        CanonicalJson.string(e.action().name(), b);
        b.append(",\"actor\":");
        CanonicalJson.string(e.actor(), b);
        b.append(",\"after\":").append(e.afterJson());
        b.append(",\"at\":");
        CanonicalJson.string(formatTime(e.atMs()), b);
        b.append(",\"before\":").append(e.beforeJson());
        b.append(",\"prev\":");
        CanonicalJson.string(e.prevHash(), b);
        b.append(",\"ref\":").append(e.refSeq());
        b.append(",\"seq\":").append(e.seq());
        b.append(",\"summary\":");
        CanonicalJson.string(e.summary(), b);
        b.append(",\"target\":");
        CanonicalJson.string(e.target(), b);
        return b.append('}').toString();
    }

    /** The SHA-256 of {@code e}'s canonical form, lower-case hex. */
    public static String hash(ActionEvent e) {
        return sha256(canonicalForm(e));
    }

    /** UTC time with milliseconds, as the canonical form writes it. */
    public static String formatTime(long epochMs) {
        return AT.format(Instant.ofEpochMilli(epochMs));
    }

    static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
