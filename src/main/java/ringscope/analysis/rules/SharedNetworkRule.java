package ringscope.analysis.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import ringscope.model.EvidenceSelector;
import ringscope.model.LinkRecord;
import ringscope.model.LinkRule;
import ringscope.model.RuleParameters;
import ringscope.model.Term;
import ringscope.model.TermKind;
import ringscope.model.ValueUse;

/**
 * Weak rule {@link LinkRule#SHARED_NETWORK}: two accounts send requests from addresses in the same IPv4 /24, or in
 * the same autonomous system (ASN from ip_info.csv; not for residential, mobile or CGNAT address types, whose ASN is
 * shared by a whole subscriber population). Neighbouring addresses often belong to one operator, but ISPs
 * and clouds serve many customers, so this never binds alone. Reads {@code maxValueAccounts} (a network used by more
 * accounts is recorded as common), {@code fullPairsUpTo} / {@code chainNeighbours}. Weight: 0.3 × commonness per
 * network. Evidence: both accounts' interactions from addresses inside the network.
 */
public final class SharedNetworkRule implements Rule {
    /** ip_info types whose ASN is shared by a whole population of subscribers: their ASN links nobody. */
    static final java.util.Set<String> CONSUMER_TYPES = java.util.Set.of("residential", "mobile", "cgnat");

    private static final class Use {
        int interactions;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
    }

    @Override
    public LinkRule rule() {
        return LinkRule.SHARED_NETWORK;
    }

    @Override
    public void find(RuleContext ctx, LinkSink out) {
        Map<String, Map<Integer, Use>> byNetwork = new TreeMap<>();
        Networks nets = ctx.networks();
        for (ValueGroup g : ctx.groups(TermKind.IP)) {
            List<String> keys = new ArrayList<>(2);
            Networks.prefix24(g.value()).ifPresent(keys::add);
            if (nets.lookup(g.value()).map(r -> !CONSUMER_TYPES.contains(r.ipType())).orElse(false)) {
                nets.asnLabel(g.value()).ifPresent(keys::add);
            }
            for (String k : keys) {
                Map<Integer, Use> users = byNetwork.computeIfAbsent(k, x -> new HashMap<>());
                for (ValueUse u : g.uses()) {
                    Use use = users.computeIfAbsent(u.accountRef(), x -> new Use());
                    use.interactions += u.interactions();
                    use.first = Math.min(use.first, u.firstMs());
                    use.last = Math.max(use.last, u.lastMs());
                }
            }
        }
        ctx.checkpoint();
        RuleParameters p = ctx.params();
        byNetwork.forEach((network, users) -> {
            int n = users.size();
            if (n < 2) {
                return;
            }
            if (n > p.maxValueAccounts()) {
                out.common(LinkRule.SHARED_NETWORK, network, 0, n);
                return;
            }
            List<Integer> refs = new ArrayList<>(new java.util.TreeSet<>(users.keySet()));
            var v = out.value(LinkRule.SHARED_NETWORK, network, 0, n);
            double w = Commonness.weight(LinkRule.SHARED_NETWORK, n);
            Pairing.pairs(refs, p.fullPairsUpTo(), p.chainNeighbours(), (i, j) -> {
                Use a = users.get(refs.get(i));
                Use b = users.get(refs.get(j));
                out.link(v, refs.get(i), refs.get(j), w, (long) a.interactions + b.interactions,
                        Math.min(a.first, b.first), Math.max(a.last, b.last), "");
            });
        });
    }

    @Override
    public EvidenceSelector evidence(LinkRecord link, EvidenceContext ctx) {
        String network = link.value().text();
        List<Integer> terms = new ArrayList<>();
        for (int account : List.of(link.accountA(), link.accountB())) {
            for (Term t : ctx.lookup().termsOf(account, TermKind.IP).keySet()) {
                if (inside(network, t.value(), ctx.networks()) && !terms.contains(t.id())) {
                    terms.add(t.id());
                }
            }
        }
        return EvidenceSelector.interactionsWith(link.accountA(), link.accountB(), TermKind.IP, terms);
    }

    private static boolean inside(String network, String ip, Networks nets) {
        if (network.startsWith("AS")) {
            Optional<String> asn = nets.asnLabel(ip);
            return asn.isPresent() && asn.get().equals(network);
        }
        return Networks.contains(network, ip);
    }
}
