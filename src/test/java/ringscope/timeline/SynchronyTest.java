package ringscope.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SynchronyTest {
    /** The slot of one hour as defined: hour of day, plus 24 on Saturdays and Sundays (epoch day 0 a Thursday). */
    private static int slot(long hour) {
        boolean weekend = Math.floorMod(Math.floorDiv(hour, 24) + 3, 7) >= 5;
        return (int) Math.floorMod(hour, 24) + (weekend ? 24 : 0);
    }

    @Test
    void hourSlotsCountedForwardAreTheSlotsOfEachHour() {
        // across midnights, weekends and epoch hour 0 (a Thursday), from before the epoch on
        for (long from = -24 * 15; from <= 24 * 15; from += 5) {
            int[] slots = Synchrony.slots(from, 24 * 20);
            for (int i = 0; i < slots.length; i++) {
                assertThat(slots[i]).as("hour %d", from + i).isEqualTo(slot(from + i));
            }
        }
    }

    @Test
    void slotsAreHourOfDayPlus24OnWeekends() {
        long saturdayNoon = (2 * 24) + 12; // epoch day 0 was a Thursday: day 2 is a Saturday
        assertThat(Synchrony.slots(saturdayNoon, 1)).containsExactly(36);
        assertThat(Synchrony.slots(saturdayNoon - 24, 1)).containsExactly(12); // Friday noon
        assertThat(Synchrony.slots(saturdayNoon + 48, 1)).containsExactly(12); // Monday noon
        assertThat(Synchrony.slots(saturdayNoon - 13, 3)).containsExactly(23, 24, 25); // Friday 23:00, Saturday 0-1
    }

    @Test
    void detrendedCorrelationWithReusedArraysEqualsTheDefinitionExactly() {
        java.util.Random r = new java.util.Random(11);
        HourlySeries[] series = new HourlySeries[12];
        for (int k = 0; k < series.length; k++) {
            long first = 400_000 + r.nextInt(200); // windows differ from pair to pair
            int span = 60 + r.nextInt(600);
            java.util.List<Long> hours = new java.util.ArrayList<>();
            for (long h = first; h < first + span; h++) {
                if (r.nextInt(3) > 0) {
                    hours.add(h);
                }
            }
            int[] counts = new int[hours.size()];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = 1 + r.nextInt(k % 3 == 0 ? 3 : 40);
            }
            series[k] = new HourlySeries(hours.stream().mapToLong(Long::longValue).toArray(), counts);
        }
        int compared = 0;
        // first series repeated over consecutive pairs (as the activity rules order them), then in other orders
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < series.length; i++) {
                for (int j = 0; j < series.length; j++) {
                    HourlySeries a = series[round == 1 ? j : i];
                    HourlySeries b = series[round == 1 ? i : (j * 7 + round) % series.length];
                    double expected = byDefinition(a, b);
                    assertThat(Synchrony.detrendedCorrelation(a, b)).as("pair %d %d round %d", i, j, round)
                            .isEqualTo(expected);
                    compared += expected != 0 ? 1 : 0;
                }
            }
        }
        assertThat(compared).isGreaterThan(300);
    }

    /** The measure as documented, with fresh arrays: residuals from each slot's mean, then Pearson. */
    private static double byDefinition(HourlySeries a, HourlySeries b) {
        long from = Math.max(a.firstHour(), b.firstHour());
        long to = Math.min(a.lastHour(), b.lastHour());
        if (a.isEmpty() || b.isEmpty() || to - from + 1 < Synchrony.MIN_OVERLAP_HOURS) {
            return 0;
        }
        double[] x = residuals(a.dense(from, to), from);
        double[] y = residuals(b.dense(from, to), from);
        double sx = 0;
        double sy = 0;
        for (int i = 0; i < x.length; i++) {
            sx += x[i];
            sy += y[i];
        }
        double mx = sx / x.length;
        double my = sy / y.length;
        double cov = 0;
        double vx = 0;
        double vy = 0;
        for (int i = 0; i < x.length; i++) {
            cov += (x[i] - mx) * (y[i] - my);
            vx += (x[i] - mx) * (x[i] - mx);
            vy += (y[i] - my) * (y[i] - my);
        }
        return vx <= 1e-12 || vy <= 1e-12 ? 0 : cov / Math.sqrt(vx * vy);
    }

    private static double[] residuals(double[] v, long from) {
        double[] sum = new double[48];
        int[] n = new int[48];
        for (int i = 0; i < v.length; i++) {
            sum[slot(from + i)] += v[i];
            n[slot(from + i)]++;
        }
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] - sum[slot(from + i)] / n[slot(from + i)];
        }
        return out;
    }
}
