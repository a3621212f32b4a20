package ringscope.analysis.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ringscope.model.EvidenceSelector;
import ringscope.model.LinkRecord;
import ringscope.model.LinkRule;
import ringscope.model.RuleParameters;
import ringscope.model.SharedValue;
import ringscope.model.TermKind;

/**
 * Medium rule {@link LinkRule#RELAY_FANOUT}: two relays on shared infrastructure. An account relays when it serves at
 * least {@code minEndUsers} distinct end users or sends with at least {@code minUserAgents} distinct user agents
 * (downstream customers' clients); two relays that used at least one common IP address (used by at most
 * {@code maxValueAccounts} accounts) are linked: resold access usually runs through one gateway. Weight
 * {@code 1 × commonness} of the rarest shared address. Evidence: both accounts' interactions from the shared
 * addresses.
 */
public final class RelayFanoutRule implements Rule {
    @Override
    public LinkRule rule() {
        return LinkRule.RELAY_FANOUT;
    }

    @Override
    public void find(RuleContext ctx, LinkSink out) {
        RuleParameters p = ctx.params();
        FanoutProfile f = ctx.fanout();
        Map<Long, IpOverlap.Shared> shared = IpOverlap.among(ctx, a -> f.relays(a, p.minEndUsers(),
                p.minUserAgents()));
        Map<PairAccumulator.Candidate, SharedValue> values = new HashMap<>();
        shared.forEach((key, s) -> {
            int a = LinkSink.lowOf(key);
            int b = LinkSink.highOf(key);
            SharedValue v = values.computeIfAbsent(s.rarest, c -> out.value(LinkRule.RELAY_FANOUT, c.text(), c.ref(),
                    c.accounts()));
            out.link(v, a, b, Commonness.weight(LinkRule.RELAY_FANOUT, s.rarest.accounts()), s.evidence, s.first,
                    s.last, String.format("%d and %d end users, %d and %d user agents; %d shared addresses",
                            f.endUsers(a), f.endUsers(b), f.userAgents(a), f.userAgents(b), s.addresses));
        });
    }

    @Override
    public EvidenceSelector evidence(LinkRecord link, EvidenceContext ctx) {
        List<Integer> terms = ctx.sharedTerms(link.accountA(), link.accountB(), TermKind.IP,
                ctx.params().maxValueAccounts(), t -> true);
        return EvidenceSelector.interactionsWith(link.accountA(), link.accountB(), TermKind.IP, terms);
    }
}
