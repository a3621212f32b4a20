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
 * Medium rule {@link LinkRule#PROXY_POOL}: API keys used from many IPs, many keys behind the same IPs. An account
 * rotates when its keys average at least {@code minIpsPerKey} addresses each (a person uses a handful); two rotating
 * accounts that share at least {@code minSharedIps} addresses (each used by at most {@code maxValueAccounts}
 * accounts) rotate through one proxy pool, i.e. the pool's addresses carry the keys of several accounts. Weight
 * {@code 1 × min(1, shared / (2 × minSharedIps))}. Evidence: both accounts' interactions from the shared addresses.
 */
public final class ProxyPoolRule implements Rule {
    @Override
    public LinkRule rule() {
        return LinkRule.PROXY_POOL;
    }

    @Override
    public void find(RuleContext ctx, LinkSink out) {
        RuleParameters p = ctx.params();
        FanoutProfile f = ctx.fanout();
        Map<Long, IpOverlap.Shared> shared = IpOverlap.among(ctx, a -> f.rotates(a, p.minIpsPerKey()));
        Map<PairAccumulator.Candidate, SharedValue> values = new HashMap<>();
        shared.forEach((key, s) -> {
            if (s.addresses < p.minSharedIps()) {
                return;
            }
            int a = LinkSink.lowOf(key);
            int b = LinkSink.highOf(key);
            SharedValue v = values.computeIfAbsent(s.rarest, c -> out.value(LinkRule.PROXY_POOL, c.text(), c.ref(),
                    c.accounts()));
            double w = Math.min(1, s.addresses / (2.0 * p.minSharedIps()));
            out.link(v, a, b, w, s.evidence, s.first, s.last, String.format(
                    "%d shared addresses; keys used from %.0f and %.0f addresses each", s.addresses, f.ipsPerKey(a),
                    f.ipsPerKey(b)));
        });
    }

    @Override
    public EvidenceSelector evidence(LinkRecord link, EvidenceContext ctx) {
        List<Integer> terms = ctx.sharedTerms(link.accountA(), link.accountB(), TermKind.IP,
                ctx.params().maxValueAccounts(), t -> true);
        return EvidenceSelector.interactionsWith(link.accountA(), link.accountB(), TermKind.IP, terms);
    }
}
