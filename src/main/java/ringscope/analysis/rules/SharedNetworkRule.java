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
import ringscope.model.SharedValue;
import ringscope.model.Term;
import ringscope.model.TermKind;
import ringscope.model.ValueUse;

/**
 * Weak rule {@link LinkRule#SHARED_NETWORK}: two accounts send requests from addresses in the same IPv4 /24, or in
 * the same autonomous system (ASN from ip_info.csv; not for residential, mobile or CGNAT address types, whose ASN is
 * shared by a whole subscriber population). Neighbouring addresses often belong to one operator, but ISPs
 * and clouds serve many customers, so this never binds alone. Reads {@code maxValueAccounts} (a network used by more
 * accounts is recorded as common), {@code fullPairsUpTo} / {@code chainNeighbours}. One link per pair: the rarest
 * network the two share (a /24 and its ASN are one piece of evidence, not two), weight 0.3 × its commonness, detail
 * "+1 more networks". Evidence: both accounts' interactions from addresses inside that network.
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
        Map<Long, Shared> pairs = new java.util.LinkedHashMap<>();
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
            Pairing.pairs(refs, p.fullPairsUpTo(), p.chainNeighbours(), (i, j) -> {
                Use a = users.get(refs.get(i));
                Use b = users.get(refs.get(j));
                Shared s = pairs.computeIfAbsent(LinkSink.hashKey(refs.get(i), refs.get(j)), k -> new Shared());
                s.networks++;
                if (s.network == null || n < s.accounts) {
                    s.network = network;
                    s.accounts = n;
                    s.evidence = (long) a.interactions + b.interactions;
                    s.first = Math.min(a.first, b.first);
                    s.last = Math.max(a.last, b.last);
                }
            });
        });
        Map<String, SharedValue> values = new HashMap<>();
        pairs.forEach((key, s) -> {
            SharedValue v = values.computeIfAbsent(s.network, x -> out.value(LinkRule.SHARED_NETWORK, x, 0,
                    s.accounts));
            out.link(v, LinkSink.lowOf(key), LinkSink.highOf(key), Commonness.weight(LinkRule.SHARED_NETWORK, s.accounts),
                    s.evidence, s.first, s.last, s.networks <= 1 ? "" : "+" + (s.networks - 1) + " more networks");
        });
    }

    /** The rarest network a pair shares (shown on its one link) and how many networks it shares. */
    private static final class Shared {
        String network;
        int accounts;
        int networks;
        long evidence;
        long first;
        long last;
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
            // the same addresses the rule counted: consumer address types never join their ASN's group
            Optional<String> asn = nets.asnLabel(ip);
            return asn.isPresent() && asn.get().equals(network)
                    && nets.lookup(ip).map(r -> !CONSUMER_TYPES.contains(r.ipType())).orElse(false);
        }
        return Networks.contains(network, ip);
    }
}
