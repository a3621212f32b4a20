package ringscope.importer;

import ringscope.model.RejectReason;

/**
 * Strict parsers for cell values. Hand-written for the timestamp because {@code java.time} both repairs bad values
 * (Feb 30 → Feb 28, 23:59:60 → :59 without STRICT) and costs more than the rest of the row (STACK.md).
 */
final class FieldParsers {
    /** 2015-01-01T00:00:00Z: usage logs before that are not plausible for this product. */
    static final long MIN_TIME_MS = 1_420_070_400_000L;

    private FieldParsers() {}

    /**
     * Parses {@code YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)} to epoch milliseconds (fraction truncated to ms).
     *
     * @param maxMs the latest acceptable instant (import time plus one day)
     */
    static long timestamp(String field, String s, long maxMs) throws RowRejectedException {
        int n = s.length();
        if (n < 19 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            throw reject(RejectReason.INVALID_TIMESTAMP, field, s, "expected ISO-8601 like 2026-03-01T14:05:09Z");
        }
        int year = digits(s, 0, 4, field);
        int month = digits(s, 5, 2, field);
        int day = digits(s, 8, 2, field);
        int hour = digits(s, 11, 2, field);
        int minute = digits(s, 14, 2, field);
        int second = digits(s, 17, 2, field);
        int i = 19;
        int millis = 0;
        if (i < n && s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && Character.isDigit(s.charAt(i))) {
                if (i - start < 3) {
                    millis = millis * 10 + (s.charAt(i) - '0');
                }
                i++;
            }
            int len = i - start;
            if (len == 0 || len > 9) {
                throw reject(RejectReason.INVALID_TIMESTAMP, field, s, "bad fraction of a second");
            }
            for (int k = len; k < 3; k++) {
                millis *= 10;
            }
        }
        int offsetMinutes = offset(s, i, field);
        if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59
                || second > 59) {
            throw reject(RejectReason.INVALID_DATE, field, s, "no such date or time");
        }
        long epochDay = epochDay(year, month, day);
        long ms = ((epochDay * 24 + hour) * 60 + minute - offsetMinutes) * 60_000L + second * 1000L + millis;
        if (ms < MIN_TIME_MS || ms > maxMs) {
            throw reject(RejectReason.TIME_OUT_OF_RANGE, field, s, "outside 2015-01-01 .. one day after import");
        }
        return ms;
    }

    private static int offset(String s, int i, String field) throws RowRejectedException {
        int n = s.length();
        if (i == n) {
            throw reject(RejectReason.NO_TIMEZONE, field, s, "no time zone: add Z or an offset such as +02:00");
        }
        char c = s.charAt(i);
        if (c == 'Z' && i + 1 == n) {
            return 0;
        }
        if ((c == '+' || c == '-') && i + 6 == n && s.charAt(i + 3) == ':') {
            int h = digits(s, i + 1, 2, field);
            int m = digits(s, i + 4, 2, field);
            if (h > 18 || m > 59) {
                throw reject(RejectReason.INVALID_TIMESTAMP, field, s, "offset out of range");
            }
            int total = h * 60 + m;
            return c == '-' ? -total : total;
        }
        throw reject(RejectReason.INVALID_TIMESTAMP, field, s, "bad time zone designator");
    }

    private static int digits(String s, int from, int count, String field) throws RowRejectedException {
        int v = 0;
        for (int k = from; k < from + count; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                throw reject(RejectReason.INVALID_TIMESTAMP, field, s, "expected ISO-8601 like 2026-03-01T14:05:09Z");
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    static int daysInMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
    static long epochDay(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yoe = y - era * 400;
        int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097L + doe - 719_468;
    }

    /** A non-negative decimal integer no larger than {@code max}. */
    static int nonNegativeInt(String field, String s, int max) throws RowRejectedException {
        int n = s.length();
        if (n == 0 || n > 10) {
            throw reject(n > 10 && isDigits(s) ? RejectReason.OUT_OF_RANGE : RejectReason.INVALID_NUMBER, field, s,
                    "expected a whole number from 0 to " + max);
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                RejectReason r = i == 0 && c == '-' && n > 1 && isDigits(s.substring(1))
                        ? RejectReason.OUT_OF_RANGE : RejectReason.INVALID_NUMBER;
                throw reject(r, field, s, "expected a whole number from 0 to " + max);
            }
            v = v * 10 + (c - '0');
        }
        if (v > max) {
            throw reject(RejectReason.OUT_OF_RANGE, field, s, "larger than " + max);
        }
        return (int) v;
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** An IPv4 or IPv6 address, optionally with a /prefix when {@code allowPrefix}. Returns the value unchanged. */
    static String ip(String field, String s, boolean allowPrefix) throws RowRejectedException {
        String addr = s;
        int slash = s.indexOf('/');
        int prefix = -1;
        if (slash >= 0) {
            if (!allowPrefix) {
                throw reject(RejectReason.INVALID_VALUE, field, s, "expected an IP address without a prefix");
            }
            prefix = nonNegativeInt(field, s.substring(slash + 1), 128);
            addr = s.substring(0, slash);
        }
        boolean v4 = isIpv4(addr);
        if (!v4 && !isIpv6(addr) || v4 && prefix > 32) {
            throw reject(RejectReason.INVALID_VALUE, field, s, "not an IP address" + (allowPrefix ? " or prefix" : ""));
        }
        return s;
    }

    static boolean isIpv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !isDigits(p) || Integer.parseInt(p) > 255
                    || p.length() > 1 && p.charAt(0) == '0') {
                return false;
            }
        }
        return true;
    }

    static boolean isIpv6(String s) {
        if (s.length() < 2 || s.length() > 45 || s.indexOf(':') < 0) {
            return false;
        }
        int doubleColon = s.indexOf("::");
        if (doubleColon >= 0 && s.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        String[] groups = s.split(":", -1);
        int count = 0;
        for (int i = 0; i < groups.length; i++) {
            String g = groups[i];
            if (g.isEmpty()) {
                continue;
            }
            if (i == groups.length - 1 && g.contains(".")) {
                if (!isIpv4(g)) {
                    return false;
                }
                count += 2;
                continue;
            }
            if (g.length() > 4 || !g.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                return false;
            }
            count++;
        }
        return doubleColon >= 0 ? count < 8 : count == 8;
    }

    /** Text with a length limit; control characters are kept (evidence) and flagged by the UI, not here. */
    static String text(String field, String s, int maxLength) throws RowRejectedException {
        if (s.length() > maxLength) {
            throw reject(RejectReason.FIELD_TOO_LONG, field, s.substring(0, 40) + "…",
                    "longer than " + maxLength + " characters");
        }
        return s;
    }

    static RowRejectedException reject(RejectReason reason, String field, String value, String why) {
        String v = value.length() > 80 ? value.substring(0, 80) + "…" : value;
        return new RowRejectedException(reason, "field " + field + ": '" + v + "' " + why);
    }
}
