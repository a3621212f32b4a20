package ringscope.training;

/**
 * The work schedule of a distillation campaign's controller: hours on and off (a two-state Markov chain, so work
 * comes in runs of hours), with varying load when on. Every campaign account follows it, which is what makes their
 * hourly activity correlate. Normalised to mean 1 over the window. Immutable; size grows with the window's hours,
 * not with rows.
 */
final class CampaignSchedule implements Intensity {
    private final long start;
    private final double[] hourly;

    CampaignSchedule(long start, int hours, Rng rng) {
        this.start = start;
        this.hourly = new double[hours];
        boolean on = true;
        double sum = 0;
        for (int h = 0; h < hours; h++) {
            on = on ? rng.chance(0.85) : rng.chance(0.25);
            hourly[h] = on ? rng.uniform(0.6, 1.4) : 0;
            sum += hourly[h];
        }
        double mean = sum / Math.max(1, hours);
        for (int h = 0; h < hours && mean > 0; h++) {
            hourly[h] /= mean;
        }
    }

    @Override
    public double factor(long hourStart) {
        long h = (hourStart - start) / 3600;
        return h >= 0 && h < hourly.length ? hourly[(int) h] : 0;
    }
}
