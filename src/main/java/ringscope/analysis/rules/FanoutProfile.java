package ringscope.analysis.rules;

import java.util.Map;
import ringscope.model.TermKind;

/**
 * Per-account fan-out counts from the account × value aggregate: distinct IPs, API keys, end users and user agents.
 * Shared by the proxy-pool and relay rules and the cluster score.
 */
public final class FanoutProfile {
    private final Map<Integer, Integer> ips;
    private final Map<Integer, Integer> keys;
    private final Map<Integer, Integer> endUsers;
    private final Map<Integer, Integer> agents;

    public FanoutProfile(RuleContext ctx) {
        this.ips = ctx.distinct(TermKind.IP);
        this.keys = ctx.distinct(TermKind.API_KEY);
        this.endUsers = ctx.distinct(TermKind.END_USER);
        this.agents = ctx.distinct(TermKind.USER_AGENT);
    }

    public int ips(int account) {
        return ips.getOrDefault(account, 0);
    }

    /** API keys, at least 1 (console use without a key counts as one). */
    public int keys(int account) {
        return Math.max(1, keys.getOrDefault(account, 0));
    }

    public int endUsers(int account) {
        return endUsers.getOrDefault(account, 0);
    }

    public int userAgents(int account) {
        return agents.getOrDefault(account, 0);
    }

    /** IP addresses per API key. */
    public double ipsPerKey(int account) {
        return (double) ips(account) / keys(account);
    }

    /** True when the account rotates its keys over at least {@code minIpsPerKey} addresses each. */
    public boolean rotates(int account, int minIpsPerKey) {
        return ipsPerKey(account) >= minIpsPerKey;
    }

    /** True when the account relays for many end users or many clients. */
    public boolean relays(int account, int minEndUsers, int minUserAgents) {
        return endUsers(account) >= minEndUsers || userAgents(account) >= minUserAgents;
    }
}
