package ringscope.analysis.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import ringscope.model.AccountProfile;
import ringscope.model.EvidenceSelector;
import ringscope.model.LinkRecord;
import ringscope.model.LinkRule;

/**
 * Weak rule {@link LinkRule#EMAIL_PATTERN}: two accounts' email addresses have the same shape. The native format's
 * {@code email_hash} is {@code <shape>-<id>} where the shape hashes the pattern of the local part (letters, digits,
 * separators and their lengths): addresses made by one script share it, and so do common human patterns, hence weak
 * and commonness-weighted. Hashes without such a prefix (4-16 letters or digits before a '-') are ignored. Reads
 * {@code maxValueAccounts}, {@code fullPairsUpTo} / {@code chainNeighbours}. Evidence: the two account rows.
 */
public final class EmailPatternRule implements Rule {
    @Override
    public LinkRule rule() {
        return LinkRule.EMAIL_PATTERN;
    }

    @Override
    public void find(RuleContext ctx, LinkSink out) {
        Map<String, List<AccountProfile>> byShape = new TreeMap<>();
        for (AccountProfile a : ctx.accounts()) {
            shape(a.emailHash()).ifPresent(s -> byShape.computeIfAbsent(s, k -> new ArrayList<>()).add(a));
        }
        byShape.forEach((shape, members) -> AccountRowRules.group(out, ctx.params(), LinkRule.EMAIL_PATTERN,
                "email shape " + shape, members));
    }

    /** The shape part of an email hash, if it has one. */
    static Optional<String> shape(String emailHash) {
        if (emailHash == null) {
            return Optional.empty();
        }
        int dash = emailHash.indexOf('-');
        if (dash < 4 || dash > 16 || dash == emailHash.length() - 1) {
            return Optional.empty();
        }
        String s = emailHash.substring(0, dash);
        return s.chars().allMatch(Character::isLetterOrDigit) ? Optional.of(s) : Optional.empty();
    }

    @Override
    public EvidenceSelector evidence(LinkRecord link, EvidenceContext ctx) {
        return AccountRowRules.evidence(link);
    }
}
