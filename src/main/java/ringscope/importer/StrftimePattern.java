package ringscope.importer;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.SignStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * Compiles strftime-style patterns ({@code %Y-%m-%d %H:%M:%S.%f}) into {@code java.time} formatters. Supported: %Y %y
 * %m %d %e %H %I %M %S %f (1-9 fraction digits) %p %b %B %j %z (+hhmm or Z) %Z (zone id) %F %T %%; anything else is
 * refused rather than guessed.
 */
final class StrftimePattern {
    private StrftimePattern() {}

    static DateTimeFormatter toFormatter(String pattern) {
        DateTimeFormatterBuilder b = new DateTimeFormatterBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c != '%') {
                b.appendLiteral(c);
                continue;
            }
            if (++i == pattern.length()) {
                throw new IllegalArgumentException("pattern ends with a lone %");
            }
            directive(b, pattern.charAt(i));
        }
        return b.toFormatter(Locale.ENGLISH);
    }

    private static void directive(DateTimeFormatterBuilder b, char d) {
        switch (d) {
            case 'Y' -> b.appendValue(ChronoField.YEAR, 4, 4, SignStyle.NOT_NEGATIVE);
            case 'y' -> b.appendValueReduced(ChronoField.YEAR, 2, 2, 2000);
            case 'm' -> b.appendValue(ChronoField.MONTH_OF_YEAR, 2);
            case 'd' -> b.appendValue(ChronoField.DAY_OF_MONTH, 2);
            case 'e' -> b.padNext(2).appendValue(ChronoField.DAY_OF_MONTH);
            case 'H' -> b.appendValue(ChronoField.HOUR_OF_DAY, 2);
            case 'I' -> b.appendValue(ChronoField.CLOCK_HOUR_OF_AMPM, 2);
            case 'M' -> b.appendValue(ChronoField.MINUTE_OF_HOUR, 2);
            case 'S' -> b.appendValue(ChronoField.SECOND_OF_MINUTE, 2);
            case 'f' -> b.appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, false);
            case 'p' -> b.appendText(ChronoField.AMPM_OF_DAY, TextStyle.SHORT);
            case 'b' -> b.appendText(ChronoField.MONTH_OF_YEAR, TextStyle.SHORT);
            case 'B' -> b.appendText(ChronoField.MONTH_OF_YEAR, TextStyle.FULL);
            case 'j' -> b.appendValue(ChronoField.DAY_OF_YEAR, 3);
            case 'z' -> b.appendOffset("+HHMM", "Z");
            case 'Z' -> b.appendZoneOrOffsetId();
            case 'F' -> {
                directive(b, 'Y');
                b.appendLiteral('-');
                directive(b, 'm');
                b.appendLiteral('-');
                directive(b, 'd');
            }
            case 'T' -> {
                directive(b, 'H');
                b.appendLiteral(':');
                directive(b, 'M');
                b.appendLiteral(':');
                directive(b, 'S');
            }
            case '%' -> b.appendLiteral('%');
            default -> throw new IllegalArgumentException("unsupported strftime directive %" + d);
        }
    }
}
