package ringscope.ui.timeline;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import ringscope.model.TimeRange;

/** Time labels for the timeline, in the zone the analyst chose. */
final class TimeText {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private TimeText() {}

    static String at(long ms, ZoneId zone) {
        return MINUTE.format(Instant.ofEpochMilli(ms).atZone(zone));
    }

    static String range(TimeRange r, ZoneId zone) {
        return at(r.fromMs(), zone) + " \u2013 " + at(r.toMs(), zone) + " " + zone.getId();
    }
}
