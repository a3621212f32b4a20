package ringscope.training;

/**
 * Daily shapes by local hour (24 weights, mean 1) for kinds of users: office hours, evenings, night owls and
 * always-on application back ends. One instance per generation run holds the arrays, which are never written after
 * construction, so accounts can share them.
 */
final class Personas {
    enum Kind { WORKDAY, EVENING, NIGHT_OWL, APP_BACKEND }

    private final double[][] shapes = new double[Kind.values().length][];

    Personas() {
        shapes[Kind.WORKDAY.ordinal()] = shape(0.03, new double[] {10.5, 15}, new double[] {1.6, 2.2}, 1.0);
        shapes[Kind.EVENING.ordinal()] = shape(0.05, new double[] {20.5, 13}, new double[] {2.0, 2.0}, 0.6);
        shapes[Kind.NIGHT_OWL.ordinal()] = shape(0.08, new double[] {23.5, 16}, new double[] {2.5, 3.0}, 0.7);
        shapes[Kind.APP_BACKEND.ordinal()] = shape(0.45, new double[] {14, 20}, new double[] {4.0, 3.0}, 0.8);
    }

    double[] shape(Kind kind) {
        return shapes[kind.ordinal()];
    }

    /** A floor plus two bumps on a circular clock, normalised to mean 1. */
    private static double[] shape(double floor, double[] peaks, double[] widths, double secondWeight) {
        double[] w = new double[24];
        double sum = 0;
        for (int h = 0; h < 24; h++) {
            double v = floor;
            for (int p = 0; p < peaks.length; p++) {
                double d = Math.abs(h + 0.5 - peaks[p]);
                d = Math.min(d, 24 - d);
                double weight = p == 0 ? 1.0 : secondWeight;
                v += weight * StrictMath.exp(-0.5 * (d / widths[p]) * (d / widths[p]));
            }
            w[h] = v;
            sum += v;
        }
        for (int h = 0; h < 24; h++) {
            w[h] = w[h] * 24 / sum;
        }
        return w;
    }
}
