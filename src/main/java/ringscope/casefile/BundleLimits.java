package ringscope.casefile;

/**
 * Caps that keep a hostile bundle from exhausting memory or disk: how many entries, how large one entry and all of
 * them may be once inflated, and how much larger than its compressed form an entry may grow (zip bombs reach 1000:1
 * and more; the text of a real case file compresses about 5-20:1).
 *
 * @param maxEntries entries in the zip
 * @param maxEntryBytes inflated bytes of one entry
 * @param maxTotalBytes inflated bytes of all entries
 * @param maxRatio inflated / compressed bytes of one entry, checked once an entry passes {@code ratioFloorBytes}
 * @param ratioFloorBytes entries smaller than this are not ratio-checked (a 4 KB run of spaces is not a bomb)
 * @param maxFileBytes size of the bundle file itself
 */
public record BundleLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio,
        long ratioFloorBytes, long maxFileBytes) {
    public static final BundleLimits DEFAULT =
            new BundleLimits(64, 256L << 20, 512L << 20, 100, 1L << 20, 512L << 20);
}
