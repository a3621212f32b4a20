package ringscope.importer;

import java.util.Arrays;

/**
 * Open-addressing map from a non-zero-safe long key to a dense index 0..size-1, so callers keep values in parallel
 * primitive arrays. About 12 bytes per key at the default load: the import's aggregates hold millions of cells and
 * boxed maps would take ten times that. Not thread-safe.
 */
final class LongIndex {
    private long[] keys;
    private int[] slots;
    private int size;
    private int mask;

    LongIndex(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        slots = new int[cap];
        Arrays.fill(slots, -1);
        mask = cap - 1;
    }

    /** Index of {@code key}, adding it with the next free index if absent. */
    int indexOf(long key) {
        int i = mix(key) & mask;
        while (slots[i] >= 0) {
            if (keys[i] == key) {
                return slots[i];
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        slots[i] = size++;
        if (size * 2 > keys.length) {
            grow();
        }
        return size - 1;
    }

    /** Index of {@code key}, or -1. */
    int find(long key) {
        int i = mix(key) & mask;
        while (slots[i] >= 0) {
            if (keys[i] == key) {
                return slots[i];
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    int size() {
        return size;
    }

    /** All keys in ascending order (so that rows keyed by them are written in primary-key order). */
    long[] sortedKeys() {
        long[] out = new long[size];
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            if (slots[i] >= 0) {
                out[n++] = keys[i];
            }
        }
        Arrays.sort(out);
        return out;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldSlots = slots;
        keys = new long[oldKeys.length * 2];
        slots = new int[oldKeys.length * 2];
        Arrays.fill(slots, -1);
        mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldSlots[j] >= 0) {
                int i = mix(oldKeys[j]) & mask;
                while (slots[i] >= 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                slots[i] = oldSlots[j];
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
