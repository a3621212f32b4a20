package ringscope.analysis.rules;

import java.util.Map;
import ringscope.model.TermKind;

/**
 * Per-account fan-out counts from the account × value aggregate: distinct IPs, API keys, end users and user agents.
 * Shared by the shared-IP, proxy-pool and relay rules and the cluster score. The end-user and user-agent counts are
 * taken at their first use: the shared-IP rule needs only addresses and keys, and reading the other two kinds' values
 * while it holds the addresses' made it slower at campaign scale.
 */
public final class FanoutProfile {
    private final Map<Integer, Integer> ips;
    private final Map<Integer, Integer> keys;
    private final RuleContext ctx;
    private Map<Integer, Integer> endUsers;
    private Map<Integer, Integer> agents;

    public FanoutProfile(RuleContext ctx) {
        this.ctx = ctx;
        this.ips = ctx.distinct(TermKind.IP);
        this.keys = ctx.distinct(TermKind.API_KEY);
    }

    public int ips(int account) {
        return ips.getOrDefault(account, 0);
    }

    /** API keys, at least 1 (console use without a key counts as one). */
    public int keys(int account) {
        return Math.max(1, keys.getOrDefault(account, 0));
    }

    public synchronized int endUsers(int account) {
        if (endUsers == null) {
            endUsers = ctx.distinct(TermKind.END_USER);
        }
        return endUsers.getOrDefault(account, 0);
    }

    public synchronized int userAgents(int account) {
        if (agents == null) {
            agents = ctx.distinct(TermKind.USER_AGENT);
        }
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
