package ringscope.training;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * An immutable weighted choice among values; {@link #pick} is a binary search over cumulative weights.
 *
 * @param <T> the value type
 */
final class Choice<T> {
    private final List<T> values;
    private final double[] cumulative;

    private Choice(List<T> values, double[] weights) {
        if (values.isEmpty() || values.size() != weights.length) {
            throw new IllegalArgumentException("need one weight per value and at least one value");
        }
        this.values = List.copyOf(values);
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0)) {
                throw new IllegalArgumentException("negative weight " + weights[i]);
            }
            sum += weights[i];
            cumulative[i] = sum;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("weights sum to zero");
        }
    }

    static <T> Choice<T> of(List<T> values, double... weights) {
        return new Choice<>(values, weights.clone());
    }

    static <T> Choice<T> of(List<T> values, ToDoubleFunction<T> weight) {
        return new Choice<>(values, values.stream().mapToDouble(weight).toArray());
    }

    static Choice<String> weighted(List<Catalog.Weighted> values) {
        return new Choice<>(values.stream().map(Catalog.Weighted::value).toList(),
                values.stream().mapToDouble(Catalog.Weighted::weight).toArray());
    }

    static <T> Choice<T> single(T value) {
        return new Choice<>(List.of(value), new double[] {1});
    }

    /** Equal weights. */
    static <T> Choice<T> uniform(List<T> values) {
        double[] w = new double[values.size()];
        Arrays.fill(w, 1);
        return new Choice<>(values, w);
    }

    T pick(Rng rng) {
        if (values.size() == 1) {
            return values.get(0);
        }
        double x = rng.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return values.get(lo);
    }

    List<T> values() {
        return values;
    }
}
