package ringscope.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import ringscope.model.AccountProfile;
import ringscope.model.AnalysisParameters;
import ringscope.model.EventRecord;
import ringscope.model.LinkRule;

/**
 * Rules over account records: shared payment instrument (strong), sign-up bursts (medium: created within
 * {@code burstWindowMinutes} of each other from the same /24 or with the same verification path; each account is
 * linked to the previous three of its burst), shared sign-up /24 (weak), email shape at an uncommon domain (weak), and
 * hydra succession (strong: an account created within {@code successionHours} after a ban that uses one of the banned
 * account's uncommon IPs or its sign-up /24).
 */
final class AccountRules {
    private final List<AccountProfile> accounts;
    private final AnalysisParameters params;

    AccountRules(List<AccountProfile> accounts, AnalysisParameters params) {
        this.accounts = accounts;
        this.params = params;
    }

    void payments(LinkCollector out, Map<String, List<Integer>> instruments) {
        Map<String, List<Integer>> byInstrument = new TreeMap<>();
        for (AccountProfile a : accounts) {
            if (a.paymentFingerprint() != null) {
                byInstrument.computeIfAbsent(a.paymentFingerprint(), k -> new ArrayList<>()).add(a.ref());
            }
        }
        instruments.forEach((k, v) -> {
            List<Integer> list = byInstrument.computeIfAbsent(k, x -> new ArrayList<>());
            for (int ref : v) {
                if (!list.contains(ref)) {
                    list.add(ref);
                }
            }
        });
        byInstrument.forEach((value, refs) -> group(out, LinkRule.SHARED_PAYMENT, value, refs));
    }

    void signupPrefixAndEmail(LinkCollector out) {
        Map<String, List<Integer>> byPrefix = new TreeMap<>();
        Map<String, List<Integer>> byDomain = new TreeMap<>();
        for (AccountProfile a : accounts) {
            String p = prefix24(a.signupIp());
            if (p != null) {
                byPrefix.computeIfAbsent(p, k -> new ArrayList<>()).add(a.ref());
            }
            if (a.emailDomain() != null) {
                byDomain.computeIfAbsent(a.emailDomain(), k -> new ArrayList<>()).add(a.ref());
            }
        }
        byPrefix.forEach((value, refs) -> group(out, LinkRule.SHARED_PREFIX, value, refs));
        Map<Integer, AccountProfile> byRef = new HashMap<>();
        accounts.forEach(a -> byRef.put(a.ref(), a));
        byDomain.forEach((domain, refs) -> {
            if (refs.size() > params.maxValueAccounts()) {
                return; // a common webmail domain says nothing
            }
            Map<String, List<Integer>> byShape = new TreeMap<>();
            for (int r : refs) {
                byShape.computeIfAbsent(shape(byRef.get(r).emailHash()), k -> new ArrayList<>()).add(r);
            }
            byShape.forEach((shape, same) -> group(out, LinkRule.EMAIL_PATTERN, domain + " / " + shape, same));
        });
    }

    void bursts(LinkCollector out) {
        Map<String, List<AccountProfile>> byKey = new TreeMap<>();
        for (AccountProfile a : accounts) {
            String p = prefix24(a.signupIp());
            if (p != null) {
                byKey.computeIfAbsent("net " + p, k -> new ArrayList<>()).add(a);
            }
            if (a.verificationPath() != null) {
                byKey.computeIfAbsent("path " + a.verificationPath(), k -> new ArrayList<>()).add(a);
            }
        }
        long window = params.burstWindowMinutes() * 60_000L;
        byKey.forEach((key, list) -> {
            list.sort(Comparator.comparingLong(AccountProfile::createdMs).thenComparingInt(AccountProfile::ref));
            for (int i = 1; i < list.size(); i++) {
                for (int j = Math.max(0, i - 3); j < i; j++) {
                    AccountProfile a = list.get(j);
                    AccountProfile b = list.get(i);
                    if (b.createdMs() - a.createdMs() <= window) {
                        out.add(LinkRule.SIGNUP_BURST, a.ref(), b.ref(), 1.0, key, 0, 2, 2, a.createdMs(),
                                b.createdMs());
                    }
                }
            }
        });
    }

    void succession(LinkCollector out, List<EventRecord> events, Map<Integer, Set<Integer>> ipsOf) {
        Map<Integer, AccountProfile> byRef = new HashMap<>();
        accounts.forEach(a -> byRef.put(a.ref(), a));
        long window = params.successionHours() * 3_600_000L;
        for (EventRecord e : events) {
            if (!e.kind().equals("ban") || e.accountRef() == 0) {
                continue;
            }
            AccountProfile banned = byRef.get(e.accountRef());
            Set<Integer> ips = ipsOf.getOrDefault(banned.ref(), Set.of());
            String net = prefix24(banned.signupIp());
            for (AccountProfile a : accounts) {
                long dt = a.createdMs() - e.tsMs();
                if (dt <= 0 || dt > window || a.ref() == banned.ref()) {
                    continue;
                }
                boolean sameNet = net != null && net.equals(prefix24(a.signupIp()));
                boolean sharedIp = ipsOf.getOrDefault(a.ref(), Set.of()).stream().anyMatch(ips::contains);
                if (sameNet || sharedIp) {
                    out.add(LinkRule.HYDRA_SUCCESSION, banned.ref(), a.ref(), LinkCollector.tierWeight(
                            LinkRule.HYDRA_SUCCESSION), "banned " + banned.accountId() + " at event " + e.id()
                            + (sharedIp ? ", same IPs" : ", same sign-up network"), 0, 2, 2, e.tsMs(), a.createdMs());
                }
            }
        }
    }

    private void group(LinkCollector out, LinkRule rule, String value, List<Integer> refs) {
        int n = refs.size();
        if (n < 2 || n > params.maxValueAccounts()) {
            return;
        }
        double w = LinkCollector.tierWeight(rule) * LinkCollector.commonness(n);
        for (int i = 0; i < n; i++) {
            int limit = n <= LinkCollector.FULL_PAIRS_UP_TO ? n - 1 - i : Math.min(LinkCollector.CHAIN_NEIGHBOURS, n - 1);
            for (int k = 1; k <= limit; k++) {
                out.add(rule, refs.get(i), refs.get((i + k) % n), w, value, 0, n, 2, -1, -1);
            }
        }
    }

    static String prefix24(String ip) {
        if (ip == null) {
            return null;
        }
        int last = ip.lastIndexOf('.');
        return last > 0 && ip.indexOf(':') < 0 ? ip.substring(0, last) + ".0/24" : null;
    }

    static String shape(String emailHash) {
        if (emailHash == null) {
            return "?";
        }
        int dash = emailHash.indexOf('-');
        return dash > 0 ? emailHash.substring(0, dash) : "?";
    }
}
