package ringscope.analysis.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import ringscope.model.AccountProfile;
import ringscope.model.EvidenceSelector;
import ringscope.model.LinkRecord;
import ringscope.model.LinkRule;

/**
 * Weak rule {@link LinkRule#SHARED_EMAIL_DOMAIN}: two accounts' email addresses are at the same uncommon domain (a
 * company's or a throw-away domain). Webmail domains used by more than {@code maxValueAccounts} accounts are recorded
 * as common; below that, commonness weighting keeps popular domains light. A company's staff share its domain
 * legitimately, hence weak. Reads {@code maxValueAccounts}, {@code fullPairsUpTo} / {@code chainNeighbours}.
 * Evidence: the two account rows.
 */
public final class EmailDomainRule implements Rule {
    @Override
    public LinkRule rule() {
        return LinkRule.SHARED_EMAIL_DOMAIN;
    }

    @Override
    public void find(RuleContext ctx, LinkSink out) {
        Map<String, List<AccountProfile>> byDomain = new TreeMap<>();
        for (AccountProfile a : ctx.accounts()) {
            if (a.emailDomain() != null && !a.emailDomain().isBlank()) {
                byDomain.computeIfAbsent(a.emailDomain().strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(a);
            }
        }
        byDomain.forEach((domain, members) -> AccountRowRules.group(out, ctx.params(), LinkRule.SHARED_EMAIL_DOMAIN,
                domain, members));
    }

    @Override
    public EvidenceSelector evidence(LinkRecord link, EvidenceContext ctx) {
        return AccountRowRules.evidence(link);
    }
}
