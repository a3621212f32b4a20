package ringscope.analysis.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ringscope.model.AccountProfile;
import ringscope.model.EvidenceSelector;
import ringscope.model.LinkRecord;
import ringscope.model.LinkRule;
import ringscope.model.SharedValue;

/**
 * Medium rule {@link LinkRule#SIGNUP_BURST}: accounts created in a burst from the same sign-up /24 or with the same
 * verification path. Sign-ups of one key (a /24 or a path) are ordered by creation time; a run whose consecutive
 * sign-ups are at most {@code burstWindowMinutes} apart is a burst when it has at least 3 sign-ups AND at least
 * {@value #BURST_FACTOR} times as many as the key's average rate predicts for the run's duration (rate = sign-ups of
 * the key over its whole span). So a popular verification path with sign-ups every few minutes all year makes no
 * bursts, while 25 sign-ups in 90 minutes from a /24 that otherwise sees a few a week does. Each account of a burst is
 * linked to the previous {@value #PREVIOUS} of it; weight {@code 1 × min(1, log2(m) / 3)} for a burst of m.
 * Evidence: the two account rows.
 */
public final class SignupBurstRule implements Rule {
    static final int BURST_FACTOR = 5;
    static final int PREVIOUS = 3;

    @Override
    public LinkRule rule() {
        return LinkRule.SIGNUP_BURST;
    }

    @Override
    public void find(RuleContext ctx, LinkSink out) {
        Map<String, List<AccountProfile>> byKey = new TreeMap<>();
        for (AccountProfile a : ctx.accounts()) {
            Networks.prefix24(a.signupIp()).ifPresent(p -> byKey.computeIfAbsent(p, k -> new ArrayList<>()).add(a));
            if (a.verificationPath() != null && !a.verificationPath().isBlank()) {
                byKey.computeIfAbsent("verification " + a.verificationPath(), k -> new ArrayList<>()).add(a);
            }
        }
        long window = ctx.params().burstWindowMinutes() * 60_000L;
        byKey.forEach((key, list) -> {
            list.sort(Comparator.comparingLong(AccountProfile::createdMs).thenComparingInt(AccountProfile::ref));
            double span = Math.max(window, list.get(list.size() - 1).createdMs() - list.get(0).createdMs());
            double perWindow = list.size() * window / span;
            int start = 0;
            for (int i = 1; i <= list.size(); i++) {
                if (i == list.size() || list.get(i).createdMs() - list.get(i - 1).createdMs() > window) {
                    burst(out, key, list.subList(start, i), perWindow, window);
                    start = i;
                }
            }
        });
    }

    private static void burst(LinkSink out, String key, List<AccountProfile> run, double perWindow, long window) {
        int m = run.size();
        long duration = run.get(m - 1).createdMs() - run.get(0).createdMs();
        if (m < 3 || m < BURST_FACTOR * perWindow * ((double) duration / window + 1)) {
            return;
        }
        SharedValue v = out.value(LinkRule.SIGNUP_BURST, String.format("burst of %d sign-ups, %s, from %s", m, key,
                Instant.ofEpochMilli(run.get(0).createdMs())), 0, m);
        double w = Math.min(1, Math.log(m) / Math.log(2) / 3);
        for (int i = 1; i < m; i++) {
            for (int j = Math.max(0, i - PREVIOUS); j < i; j++) {
                AccountProfile a = run.get(j);
                AccountProfile b = run.get(i);
                out.link(v, a.ref(), b.ref(), w, 2, a.createdMs(), b.createdMs(),
                        String.format("created %.0f min apart", (b.createdMs() - a.createdMs()) / 60_000.0));
            }
        }
    }

    @Override
    public EvidenceSelector evidence(LinkRecord link, EvidenceContext ctx) {
        return AccountRowRules.evidence(link);
    }
}
