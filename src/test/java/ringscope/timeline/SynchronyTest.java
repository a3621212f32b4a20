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
}
