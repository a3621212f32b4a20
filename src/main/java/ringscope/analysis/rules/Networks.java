package ringscope.analysis.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ringscope.model.IpInfoRecord;

/**
 * IPv4 networks: the /24 of an address and the ip_info.csv entry (ASN, owner, type) that covers it, by longest
 * prefix match. IPv6 and malformed addresses have no /24 and no entry. Immutable after construction.
 */
public final class Networks {
    private final Map<Long, IpInfoRecord> byPrefix = new HashMap<>(); // (bits << 32 | network) → entry
    private final boolean[] lengths = new boolean[33];

    public Networks(List<IpInfoRecord> ipInfo) {
        for (IpInfoRecord r : ipInfo) {
            String s = r.ipOrPrefix().strip();
            int slash = s.indexOf('/');
            int bits = 32;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(s.substring(slash + 1));
                } catch (NumberFormatException e) {
                    continue; // not a prefix we understand: no entry, the addresses it meant stay unknown
                }
                s = s.substring(0, slash);
            }
            long ip = parse(s);
            if (ip >= 0 && bits >= 0 && bits <= 32) {
                byPrefix.putIfAbsent(((long) bits << 32) | (ip & mask(bits)), r);
                lengths[bits] = true;
            }
        }
    }

    /** The address as an unsigned 32-bit value, or -1 when it is not a dotted IPv4 address. */
    public static long parse(String ip) {
        if (ip == null) {
            return -1;
        }
        String[] p = ip.strip().split("\\.", -1);
        if (p.length != 4) {
            return -1;
        }
        long v = 0;
        for (String part : p) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
                return -1;
            }
            int o = Integer.parseInt(part);
            if (o > 255) {
                return -1;
            }
            v = v << 8 | o;
        }
        return v;
    }

    /** "10.4.174.0/24" for an IPv4 address, empty otherwise. */
    public static Optional<String> prefix24(String ip) {
        long v = parse(ip);
        if (v < 0) {
            return Optional.empty();
        }
        return Optional.of((v >>> 24) + "." + (v >>> 16 & 255) + "." + (v >>> 8 & 255) + ".0/24");
    }

    /** True when {@code ip} lies in {@code cidr} ("a.b.c.d/n"). */
    public static boolean contains(String cidr, String ip) {
        int slash = cidr.indexOf('/');
        long net = parse(slash < 0 ? cidr : cidr.substring(0, slash));
        long v = parse(ip);
        if (net < 0 || v < 0) {
            return false;
        }
        int bits = slash < 0 ? 32 : Integer.parseInt(cidr.substring(slash + 1));
        return (v & mask(bits)) == (net & mask(bits));
    }

    /** The most specific ip_info entry covering {@code ip}. */
    public Optional<IpInfoRecord> lookup(String ip) {
        long v = parse(ip);
        if (v < 0) {
            return Optional.empty();
        }
        for (int bits = 32; bits >= 0; bits--) {
            if (lengths[bits]) {
                IpInfoRecord r = byPrefix.get(((long) bits << 32) | (v & mask(bits)));
                if (r != null) {
                    return Optional.of(r);
                }
            }
        }
        return Optional.empty();
    }

    /** "AS64530 Example Hosting" for the ASN covering {@code ip}, empty when unknown. */
    public Optional<String> asnLabel(String ip) {
        return lookup(ip).filter(r -> r.asn() != null).map(r -> "AS" + r.asn()
                + (r.asnOrg() == null || r.asnOrg().isBlank() ? "" : " " + r.asnOrg()));
    }

    private static long mask(int bits) {
        return bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
    }
}
