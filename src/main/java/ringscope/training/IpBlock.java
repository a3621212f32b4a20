package ringscope.training;

/**
 * An address block of the synthetic internet, one row of {@code ip_info.csv}.
 *
 * @param base first address as an unsigned 32-bit value
 * @param prefixLength CIDR prefix length (16 to 24 here)
 * @param asn autonomous system number (private range 64512 and up: invented networks)
 * @param asnOrg the network's (invented) name
 * @param ipType residential, mobile, cgnat, hosting, university or corporate
 * @param country two-letter country code
 */
record IpBlock(long base, int prefixLength, long asn, String asnOrg, String ipType, String country) {

    long size() {
        return 1L << (32 - prefixLength);
    }

    /** The CIDR text, for example {@code 10.3.0.0/16}. */
    String cidr() {
        return format(base) + "/" + prefixLength;
    }

    /** The address at {@code offset} from the base; offset is reduced into [1, size - 2] (no network/broadcast). */
    String at(long offset) {
        long usable = size() - 2;
        return format(base + 1 + Math.floorMod(offset, usable));
    }

    /** The address {@code host} (1 to 254) in the /24 numbered {@code subnet} of this block. */
    String inSubnet(int subnet, int host) {
        return format(base + ((long) subnet << 8) + host);
    }

    static String format(long ip) {
        return new StringBuilder(15)
                .append((ip >>> 24) & 255).append('.')
                .append((ip >>> 16) & 255).append('.')
                .append((ip >>> 8) & 255).append('.')
                .append(ip & 255)
                .toString();
    }

    static long parse(int a, int b, int c, int d) {
        return ((long) a << 24) | ((long) b << 16) | ((long) c << 8) | d;
    }
}
