package ringscope.importer;

/**
 * A set of 64-bit hashes of interaction ids, used to spot duplicate ids among tens of millions of rows in about
 * 10 bytes per id (a set of the id strings would need several GB at campaign scale). A hit only makes a row a
 * suspect: suspects are resolved exactly against the stored rows at the end of the file. Linear probing; not
 * thread-safe. This is the one per-row state of the importer (ADR 0002).
 */
final class IdHashSet {
    private static final double LOAD = 0.85;
    private long[] table;
    private int size;
    private int mask;

    IdHashSet(int expected) {
        int cap = Integer.highestOneBit(Math.max(1024, (int) (expected / LOAD))) << 1;
        table = new long[cap];
        mask = cap - 1;
    }

    /** Adds the hash of {@code id}; false when it was (probably) present already. */
    boolean add(String id) {
        return addHash(hash(id));
    }

    private boolean addHash(long h) {
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (table[i] != 0) {
            if (table[i] == h) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = h;
        if (++size > table.length * LOAD) {
            grow();
        }
        return true;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        mask = table.length - 1;
        size = 0;
        for (long h : old) {
            if (h != 0) {
                addHash(h);
            }
        }
    }

    /** FNV-1a over the UTF-16 code units, finished with MurmurHash3's fmix64; never 0. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
