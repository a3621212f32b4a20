package ringscope.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SynchronyTest {
    @Test
    void hourSlotsCountedForwardAreTheSlotsOfEachHour() {
        // across midnights, weekends and epoch hour 0 (a Thursday), from before the epoch on
        for (long from = -24 * 15; from <= 24 * 15; from += 5) {
            int[] slots = Synchrony.slots(from, 24 * 20);
            for (int i = 0; i < slots.length; i++) {
                assertThat(slots[i]).as("hour %d", from + i).isEqualTo(Synchrony.slot(from + i));
            }
        }
    }

    @Test
    void slotsAreHourOfDayPlus24OnWeekends() {
        long saturdayNoon = (2 * 24) + 12; // epoch day 0 was a Thursday: day 2 is a Saturday
        assertThat(Synchrony.slot(saturdayNoon)).isEqualTo(36);
        assertThat(Synchrony.slot(saturdayNoon - 24)).isEqualTo(12); // Friday noon
        assertThat(Synchrony.slots(saturdayNoon - 13, 3)).containsExactly(23, 24, 25); // Friday 23:00, Saturday 0-1
    }
}
