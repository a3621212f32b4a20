package ringscope.analysis.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import ringscope.model.AccountProfile;
import ringscope.model.EventRecord;
import ringscope.model.EvidenceSelector;
import ringscope.model.LinkRecord;
import ringscope.model.LinkRule;
import ringscope.model.TermKind;
import ringscope.model.ValueUse;

/**
 * Strong rule {@link LinkRule#HYDRA_SUCCESSION}: an account created within {@code successionHours} after another
 * account's ban (events.csv, kind {@code ban}) on the banned account's infrastructure: the same payment fingerprint,
 * an IP address both used (one used by at most {@code maxValueAccounts} accounts), or only the same sign-up /24.
 * Weight 3 for a shared card or address, 1 for the /24 alone. Each new account is linked to at most
 * {@value #MAX_PREDECESSORS} bans, the most recent first, so a wave of thousands of bans and replacements stays
 * linear. Evidence: the ban event and the two account rows.
 */
public final class HydraSuccessionRule implements Rule {
    static final int MAX_PREDECESSORS = 3;

    @Override
    public LinkRule rule() {
        return LinkRule.HYDRA_SUCCESSION;
    }

    @Override
    public void find(RuleContext ctx, LinkSink out) {
        List<EventRecord> bans = ctx.events().stream().filter(e -> e.kind().equals("ban") && e.accountRef() != 0)
                .sorted(Comparator.comparingLong(EventRecord::tsMs)).toList();
        if (bans.isEmpty()) {
            return;
        }
        Map<Integer, Set<Integer>> ips = uncommonIps(ctx);
        // each account's sign-up /24, worked out once: the loop below meets the same banned accounts again and again
        Map<Integer, String> prefixes = new HashMap<>();
        List<AccountProfile> byCreation = new ArrayList<>(ctx.accounts());
        byCreation.sort(Comparator.comparingLong(AccountProfile::createdMs));
        long window = ctx.params().successionHours() * 3_600_000L;
        long[] banTimes = bans.stream().mapToLong(EventRecord::tsMs).toArray();
        for (AccountProfile fresh : byCreation) {
            int idx = upperBound(banTimes, fresh.createdMs() - 1);
            if (idx == 0 || fresh.createdMs() - banTimes[idx - 1] > window) {
                continue;
            }
            Infrastructure mine = new Infrastructure(fresh, ips.getOrDefault(fresh.ref(), Set.of()),
                    prefix(prefixes, fresh));
            int found = 0;
            for (int i = idx - 1; i >= 0 && found < MAX_PREDECESSORS; i--) {
                EventRecord ban = bans.get(i);
                if (fresh.createdMs() - ban.tsMs() > window) {
                    break;
                }
                if (ban.accountRef() != fresh.ref() && link(ctx, out, ban, mine, ips, prefixes)) {
                    found++;
                }
            }
        }
    }

    /** A new account with what it could share with a banned one: its card, its uncommon IPs, its sign-up /24. */
    private record Infrastructure(AccountProfile account, Set<Integer> ips, String prefix) {}

    /**
     * Links {@code fresh} to the account banned by {@code ban} if they share infrastructure. Checked in the order the
     * link reports it (card, then IP, then /24), each only when the ones before do not hold.
     */
    private static boolean link(RuleContext ctx, LinkSink out, EventRecord ban, Infrastructure mine,
            Map<Integer, Set<Integer>> ips, Map<Integer, String> prefixes) {
        AccountProfile fresh = mine.account();
        AccountProfile banned = ctx.account(ban.accountRef());
        boolean card = fresh.paymentFingerprint() != null
                && Objects.equals(fresh.paymentFingerprint(), banned.paymentFingerprint());
        boolean ip = !card && sharesAny(ips.getOrDefault(banned.ref(), Set.of()), mine.ips());
        boolean net = !card && !ip && !mine.prefix().isEmpty() && mine.prefix().equals(prefix(prefixes, banned));
        if (!card && !ip && !net) {
            return false;
        }
        String how = card ? "same card" : ip ? "same IP address" : "same sign-up /24";
        var v = out.value(LinkRule.HYDRA_SUCCESSION, "ban of " + banned.accountId() + " at "
                + Instant.ofEpochMilli(ban.tsMs()), (int) ban.id(), 2);
        out.link(v, banned.ref(), fresh.ref(), card || ip ? 3.0 : 1.0, 3, ban.tsMs(), fresh.createdMs(),
                String.format("%s; created %.1f h after the ban", how, (fresh.createdMs() - ban.tsMs()) / 3.6e6));
        return true;
    }

    private static boolean sharesAny(Set<Integer> theirs, Set<Integer> mine) {
        for (Integer ip : theirs) {
            if (mine.contains(ip)) {
                return true;
            }
        }
        return false;
    }

    /** The account's sign-up /24 ("" when its sign-up IP is not an IPv4 address), cached by account. */
    private static String prefix(Map<Integer, String> cache, AccountProfile a) {
        return cache.computeIfAbsent(a.ref(), r -> Networks.prefix24(a.signupIp()).orElse(""));
    }

    private static Map<Integer, Set<Integer>> uncommonIps(RuleContext ctx) {
        Map<Integer, Set<Integer>> out = new HashMap<>();
        for (ValueGroup g : ctx.groups(TermKind.IP)) {
            if (g.accounts() >= 2 && g.accounts() <= ctx.params().maxValueAccounts()) {
                for (ValueUse u : g.uses()) {
                    out.computeIfAbsent(u.accountRef(), k -> new HashSet<>()).add(g.termRef());
                }
            }
        }
        return out;
    }

    /** Index of the first element greater than {@code key} in an ascending array. */
    private static int upperBound(long[] a, long key) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public EvidenceSelector evidence(LinkRecord link, EvidenceContext ctx) {
        return new EvidenceSelector(link.accountA(), link.accountB(), true, List.of((long) link.value().ref()), null,
                false, null, List.of());
    }
}
