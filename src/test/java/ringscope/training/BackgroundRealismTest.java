package ringscope.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Ordinary users in the bundled hydra-campaign dataset live by their own clocks. */
class BackgroundRealismTest {
    private static final Path DATASET = Path.of("datasets/hydra-campaign");

    @Test
    void ordinaryUsersFollowDailyAndWeeklyCyclesInTheirOwnTimeZones() throws Exception {
        Set<String> planted = new HashSet<>();
        TestDatasets.answerKey(DATASET).get("clusters")
                .forEach(c -> c.get("members").forEach(m -> planted.add(m.asText())));
        Map<String, Integer> offsetOf = new HashMap<>();
        for (Catalog.Country c : Catalog.COUNTRIES) {
            offsetOf.putIfAbsent(c.code(), c.offsetMinutes());
        }
        Map<String, Integer> accountOffset = new HashMap<>();
        for (CSVRecord a : TestDatasets.read(DATASET.resolve("accounts.csv"))) {
            accountOffset.put(a.get("account_id"), offsetOf.get(a.get("billing_country")) * 60);
        }
        long[] localHour = new long[24];
        long[] utcHour = new long[24];
        long[] localDay = new long[7];
        long total = 0;
        for (CSVRecord r : TestDatasets.read(TestDatasets.interactions(DATASET))) {
            if (planted.contains(r.get("account_id"))) {
                continue;
            }
            long ts = DatasetValidityTest.time(r.get("ts"));
            long local = ts + accountOffset.get(r.get("account_id"));
            localHour[(int) Math.floorMod(local / 3600, 24L)]++;
            utcHour[(int) Math.floorMod(ts / 3600, 24L)]++;
            localDay[(int) Math.floorMod(Math.floorDiv(local, 86_400L) + 3, 7L)]++;
            total++;
        }
        double localNight = share(localHour, 1, 6, total);
        double utcNight = share(utcHour, 1, 6, total);
        assertThat(localNight).as("share of requests 01:00-06:00 local time").isLessThan(0.12);
        assertThat(utcNight).as("the same hours in UTC are not quiet").isGreaterThan(localNight * 1.5);
        double weekday = (localDay[0] + localDay[1] + localDay[2] + localDay[3] + localDay[4]) / 5.0;
        double weekend = (localDay[5] + localDay[6]) / 2.0;
        assertThat(weekend).isLessThan(weekday * 0.9);
    }

    private static double share(long[] counts, int from, int to, long total) {
        long n = 0;
        for (int h = from; h < to; h++) {
            n += counts[h];
        }
        return (double) n / total;
    }
}
