package ringscope.training;

/**
 * A seeded SplitMix64 generator with the few distributions the generator needs. Every method is specified here, in
 * this file, so the same seed gives the same numbers on every JDK (unlike {@code nextGaussian} or bounded draws of the
 * JDK generators, whose algorithms are free to change); transcendental functions go through {@link StrictMath} for the
 * same reason. Not thread-safe: one instance per account or per planter.
 */
final class Rng {
    private static final double DOUBLE_UNIT = 0x1.0p-53;
    private long state;

    Rng(long seed) {
        this.state = seed;
    }

    /** A generator for the independent stream {@code stream} of a scenario seed. */
    static Rng of(long seed, long stream) {
        return new Rng(Mix.mix(seed, stream));
    }

    long nextLong() {
        state += 0x9E3779B97F4A7C15L;
        return Mix.mix64(state);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * DOUBLE_UNIT;
    }

    /** Uniform in [0, bound); {@code bound} must be positive. */
    int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        return (int) (((nextLong() >>> 33) * bound) >>> 31);
    }

    /** Uniform in [from, to]. */
    int between(int from, int to) {
        return from + nextInt(to - from + 1);
    }

    /** Uniform in [from, to). */
    double uniform(double from, double to) {
        return from + (to - from) * nextDouble();
    }

    boolean chance(double p) {
        return nextDouble() < p;
    }

    /** Standard normal by the Box-Muller transform. */
    double gaussian() {
        double u1 = 1.0 - nextDouble();
        double u2 = nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * Math.PI * u2);
    }

    /** Log-normal with the given median and log-space standard deviation. */
    double logNormal(double median, double sigma) {
        return median * StrictMath.exp(sigma * gaussian());
    }

    /** Poisson-distributed count with mean {@code lambda} (normal approximation above 40). */
    int poisson(double lambda) {
        if (lambda <= 0) {
            return 0;
        }
        if (lambda > 40) {
            return (int) Math.max(0, Math.round(lambda + StrictMath.sqrt(lambda) * gaussian()));
        }
        double limit = lambda < 1 ? expNegSmall(lambda) : StrictMath.exp(-lambda);
        double p = nextDouble();
        int k = 0;
        while (p > limit) {
            p *= nextDouble();
            k++;
        }
        return k;
    }

    /** e^-x for 0 <= x < 1 by its Taylor series: exact to the last bit or two, pure arithmetic, and cheap. */
    static double expNegSmall(double x) {
        double term = 1;
        double sum = 1;
        for (int k = 1; k < 30 && Math.abs(term) > 1e-17; k++) {
            term *= -x / k;
            sum += term;
        }
        return sum;
    }

    /** Zipf-like rank in [0, n): rank r has weight 1 / (r + 1)^s, drawn by inversion of a continuous approximation. */
    int zipf(int n, double s) {
        if (n <= 1) {
            return 0;
        }
        double u = nextDouble();
        double x;
        if (Math.abs(s - 1.0) < 1e-9) {
            x = StrictMath.exp(u * StrictMath.log(n + 1.0)) - 1.0;
        } else {
            double a = 1.0 - s;
            double top = StrictMath.pow(n + 1.0, a) - 1.0;
            x = StrictMath.pow(1.0 + u * top, 1.0 / a) - 1.0;
        }
        return (int) Math.min(n - 1, Math.max(0, Math.floor(x)));
    }
}
