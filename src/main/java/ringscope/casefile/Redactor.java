package ringscope.casefile;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ringscope.model.LinkRule;

/**
 * Applies an {@link ExportProfile} to display texts. Hashes are keyed with a random salt that is never written, so a
 * reader cannot recover an address by hashing all 2^32 IPv4 addresses, while equal values still give equal tokens
 * within one bundle. Not thread-safe (one per export).
 */
final class Redactor {
    static final String PROMPT_PLACEHOLDER = "[prompt-related value removed]";
    private static final Pattern IPV4 =
            Pattern.compile("\\b(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}(?:/\\d{1,2})?\\b");
    // at most 126 labels before the last, as in DNS (127 in all): an unbounded (...)+ recursed once per label in
    // java.util.regex and overflowed the stack on a text of ~2,000 dotted labels (found beside fuzz finding 9)
    private static final Pattern DOMAIN =
            Pattern.compile("\\b(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.){1,126}[A-Za-z]{2,24}\\b");

    private final ExportProfile profile;
    private final String salt;

    Redactor(ExportProfile profile) {
        this.profile = profile;
        byte[] b = new byte[16];
        new SecureRandom().nextBytes(b);
        this.salt = HexFormat.of().formatHex(b);
    }

    ExportProfile profile() {
        return profile;
    }

    /** A shared value of a link made by {@code rule}. */
    String value(LinkRule rule, String text) {
        if (profile.dropPromptFields() && isPromptRelated(rule)) {
            return PROMPT_PLACEHOLDER;
        }
        if (profile.hashEmailDomains() && rule == LinkRule.SHARED_EMAIL_DOMAIN) {
            return token("domain", text);
        }
        return text(text, profile.hashEmailDomains() && rule == LinkRule.EMAIL_PATTERN);
    }

    /** Free text that may hold addresses (explanations, row texts); {@code domains}: also mask domain names. */
    String text(String text, boolean domains) {
        String out = text;
        if (profile.hashIps()) {
            out = replace(IPV4, out, "ip");
        }
        if (domains && profile.hashEmailDomains()) {
            out = replace(DOMAIN, out, "domain");
        }
        return out;
    }

    /** An explanation sentence of a link made by {@code rule}, whose shared value is {@code value}. */
    String explanation(LinkRule rule, String value, String sentence) {
        String out = sentence;
        if (!value.isEmpty() && (profile.dropPromptFields() && isPromptRelated(rule)
                || profile.hashEmailDomains() && rule == LinkRule.SHARED_EMAIL_DOMAIN)) {
            out = out.replace(value, value(rule, value));
        }
        return text(out, rule == LinkRule.SHARED_EMAIL_DOMAIN || rule == LinkRule.EMAIL_PATTERN);
    }

    static boolean isPromptRelated(LinkRule rule) {
        return rule == LinkRule.SHARED_TEMPLATE || rule == LinkRule.SHARED_END_USER;
    }

    private String replace(Pattern p, String text, String kind) {
        Matcher m = p.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(token(kind, m.group())));
        }
        m.appendTail(b);
        return b.toString();
    }

    private String token(String kind, String value) {
        return kind + "#" + Hashes.sha256(salt + "|" + kind + "|" + value).substring(0, 12);
    }
}
