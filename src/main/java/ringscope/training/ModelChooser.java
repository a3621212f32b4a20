package ringscope.training;

/**
 * Picks the model of a request, moving traffic from one model to a newly released one after the release: the share
 * moved grows linearly to {@code maxShare} over {@code rampSeconds} (a campaign switching deliberately) or approaches
 * it exponentially with time constant {@code rampSeconds} (ordinary users adopting gradually). Immutable.
 *
 * @param base the models before the release
 * @param replaces the model whose traffic moves; {@code null} means all traffic moves
 * @param released the new model
 * @param releaseAt release time, epoch seconds ({@link Long#MAX_VALUE}: never)
 */
record ModelChooser(
        Choice<Catalog.Model> base, Catalog.Model replaces, Catalog.Model released, long releaseAt, double maxShare,
        double rampSeconds, boolean linear) {

    static ModelChooser fixed(Choice<Catalog.Model> base) {
        return new ModelChooser(base, null, null, Long.MAX_VALUE, 0, 1, true);
    }

    Catalog.Model pick(long epochSecond, Rng rng) {
        Catalog.Model m = base.pick(rng);
        if (epochSecond < releaseAt || (replaces != null && m != replaces)) {
            return m;
        }
        double since = epochSecond - releaseAt;
        double share = linear
                ? maxShare * Math.min(1.0, since / rampSeconds)
                : maxShare * (1 - StrictMath.exp(-since / rampSeconds));
        return rng.nextDouble() < share ? released : m;
    }
}
