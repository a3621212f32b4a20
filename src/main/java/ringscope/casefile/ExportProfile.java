package ringscope.casefile;

import java.util.Locale;

/**
 * What an export leaves out or masks (a redaction profile). Masks apply to the display texts of links, receipts and
 * rows (shared values, explanations, evidence text); counts, hashes of source files and the action log stay exact.
 *
 * @param name shown in case.json and the report
 * @param dropPromptFields replace prompt-template and end-user values with a placeholder
 * @param hashIps replace IPv4 addresses and /24 prefixes with a keyed hash (same address, same token in one bundle)
 * @param hashEmailDomains replace email domains with a keyed hash
 * @param taggedClustersOnly list only tagged clusters (otherwise every cluster of the latest run appears in summary)
 */
public record ExportProfile(String name, boolean dropPromptFields, boolean hashIps, boolean hashEmailDomains,
        boolean taggedClustersOnly) {
    /** Everything as recorded: for the investigating team. */
    public static final ExportProfile FULL = new ExportProfile("full", false, false, false, false);
    /** For sharing outside the team: prompts dropped, IPs and email domains hashed, tagged clusters only. */
    public static final ExportProfile REDACTED = new ExportProfile("redacted", true, true, true, true);

    public boolean redacts() {
        return dropPromptFields || hashIps || hashEmailDomains;
    }

    /** {@code full} or {@code redacted}. */
    public static ExportProfile named(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "full" -> FULL;
            case "redacted" -> REDACTED;
            default -> throw new IllegalArgumentException("Unknown export profile '" + text + "'; use full or redacted");
        };
    }
}
