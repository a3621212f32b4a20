package ringscope.training;

/**
 * An account's downstream users (the {@code end_user} field): none, or a pool of {@code size} ids of which a few are
 * very active (Zipf). Ids are derived from the seed, so no pool is held in memory. Immutable.
 */
record EndUsers(int size, long seed) {
    static final EndUsers NONE = new EndUsers(0, 0);

    String pick(Rng rng) {
        if (size == 0) {
            return "";
        }
        int rank = rng.zipf(size, 0.9);
        return "eu_" + Mix.hex(Mix.mix(seed, rank), 10);
    }
}
