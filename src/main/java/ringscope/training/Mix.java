package ringscope.training;

/**
 * Pure hash functions for derived, stateless randomness (for example "is this account active on day d"), hex ids and
 * the bijection that makes interaction ids look random while staying unique. No state; same input, same output.
 */
final class Mix {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final char[] BASE32 = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private static final long MASK48 = (1L << 48) - 1;

    private Mix() {}

    /** The SplitMix64 finaliser: a bijection on 64-bit values with good avalanche. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static long mix(long a, long b) {
        return mix64(mix64(a) + 0x9E3779B97F4A7C15L * (b + 1));
    }

    static long mix(long a, long b, long c) {
        return mix(mix(a, b), c);
    }

    /** Uniform in [0, 1) derived from the inputs. */
    static double unit(long a, long b, long c) {
        return (mix(a, b, c) >>> 11) * 0x1.0p-53;
    }

    /** A stable 64-bit value for a text label (FNV-1a, then mixed). */
    static long ofText(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix64(h);
    }

    /** The low {@code digits * 4} bits of {@code value} as lower-case hex, zero-padded. */
    static String hex(long value, int digits) {
        char[] out = new char[digits];
        for (int i = digits - 1; i >= 0; i--) {
            out[i] = HEX[(int) (value & 0xF)];
            value >>>= 4;
        }
        return new String(out);
    }

    /** {@code digits} base-32 characters (no 0, 1, l, o) from the bits of {@code value}. */
    static String base32(long value, int digits) {
        char[] out = new char[digits];
        for (int i = 0; i < digits; i++) {
            out[i] = BASE32[(int) (value & 31)];
            value >>>= 5;
        }
        return new String(out);
    }

    /**
     * A bijection on [0, 2^48): distinct counters give distinct, random-looking values, so sequence numbers become
     * unique ids without a set of all ids in memory.
     */
    static long permute48(long x) {
        x &= MASK48;
        for (int round = 0; round < 3; round++) {
            x ^= x >>> 23;
            x = (x * 0x5DEECE66DL) & MASK48;
            x ^= x >>> 17;
            x = (x * 0x2545F4914F6CDD1DL) & MASK48;
        }
        return x;
    }
}
