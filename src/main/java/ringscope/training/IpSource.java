package ringscope.training;

import java.util.List;

/**
 * Where an account's requests come from at a given time. Implementations are immutable; randomness comes from the
 * caller's {@link Rng} or is derived from a seed and the time, so the same account keeps the same home address for a
 * while and shares CGNAT or cloud egress addresses with unrelated accounts, as on the real internet.
 */
@FunctionalInterface
interface IpSource {
    String ip(long epochSecond, Rng rng);

    /** Any of {@code pool}, uniformly per request (proxy pools, NAT gateways, load balancers). */
    static IpSource pool(List<String> pool) {
        List<String> ips = List.copyOf(pool);
        if (ips.size() == 1) {
            String only = ips.get(0);
            return (t, rng) -> only;
        }
        return (t, rng) -> ips.get(rng.nextInt(ips.size()));
    }

    /**
     * An address of {@code block} that changes every {@code periodSeconds}: a dynamic home IP (pool 0 = the whole
     * block) or a CGNAT/mobile egress address drawn from the first {@code pool} addresses, which many subscribers share.
     */
    static IpSource rotating(IpBlock block, long seed, long periodSeconds, int pool) {
        return (t, rng) -> {
            long h = Mix.mix(seed, Math.floorDiv(t, periodSeconds));
            return block.at(pool > 0 ? Math.floorMod(h, (long) pool) : h >>> 1);
        };
    }

    /** One of {@code parts} per request, with the given weights. */
    static IpSource mixed(List<IpSource> parts, double... weights) {
        Choice<IpSource> choice = Choice.of(parts, weights);
        return (t, rng) -> choice.pick(rng).ip(t, rng);
    }
}
