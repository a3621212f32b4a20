package ringscope.training;

import java.util.ArrayList;
import java.util.List;

/**
 * The synthetic internet: residential ISPs, fixed-line CGNAT ISPs and mobile carriers per country, hosting providers,
 * one university and one corporate network. All addresses come from ranges that are not routed on the public internet
 * (10/8 residential, 100.64/10 CGNAT and mobile, 172.16/12 hosting, 192.0.2/24 university, 198.51.100/24 corporate)
 * and all ASNs from the private range, so no real network is ever implicated. Immutable after construction; the order
 * of {@link #blocks()} is fixed.
 */
final class NetworkPlan {
    /** /24 subnets of a hosting block used by benign cloud customers; the ones above are planted infrastructure. */
    static final int BENIGN_CLOUD_SUBNETS = 150;

    private final List<IpBlock> blocks = new ArrayList<>();
    private final List<List<IpBlock>> residential = new ArrayList<>();
    private final List<IpBlock> cgnat = new ArrayList<>();
    private final List<IpBlock> mobile = new ArrayList<>();
    private final List<IpBlock> hosting = new ArrayList<>();
    private final IpBlock university;
    private final IpBlock corporate;

    NetworkPlan(String universityCountry, String corporateCountry) {
        long asn = 64_512;
        int second = 0;
        int small = 0;
        List<Catalog.Country> countries = Catalog.COUNTRIES;
        for (int c = 0; c < countries.size(); c++) {
            Catalog.Country country = countries.get(c);
            List<IpBlock> isps = new ArrayList<>();
            for (int i = 0; i < country.isps(); i++) {
                String org = Catalog.companyName(second * 7 + 3) + (i % 2 == 0 ? " Broadband " : " Fiber ")
                        + country.code();
                isps.add(add(new IpBlock(IpBlock.parse(10, second++, 0, 0), 16, asn++, org, "residential",
                        country.code())));
            }
            residential.add(List.copyOf(isps));
            cgnat.add(add(new IpBlock(cgnatBase(small++), 22, asn++,
                    Catalog.companyName(c * 5 + 1) + " Telecom " + country.code(), "cgnat", country.code())));
            mobile.add(add(new IpBlock(cgnatBase(small++), 22, asn++,
                    Catalog.companyName(c * 3 + 2) + " Mobile " + country.code(), "mobile", country.code())));
        }
        for (int p = 0; p < Catalog.HOSTING.size(); p++) {
            String[] nameCountry = Catalog.HOSTING.get(p).value().split("\\|");
            hosting.add(add(new IpBlock(IpBlock.parse(172, 16 + p, 0, 0), 16, asn++, nameCountry[0], "hosting",
                    nameCountry[1])));
        }
        university = add(new IpBlock(IpBlock.parse(192, 0, 2, 0), 24, asn++, "Northfield University",
                "university", universityCountry));
        corporate = add(new IpBlock(IpBlock.parse(198, 51, 100, 0), 24, asn, "Kestrel Analytics Ltd",
                "corporate", corporateCountry));
    }

    private static long cgnatBase(int index) {
        return IpBlock.parse(100, 64, 0, 0) + ((long) index << 10);
    }

    private IpBlock add(IpBlock b) {
        blocks.add(b);
        return b;
    }

    /** Every block, in a fixed order: the rows of {@code ip_info.csv}. */
    List<IpBlock> blocks() {
        return List.copyOf(blocks);
    }

    /** The residential ISPs of the country entry {@code country} (an index into {@link Catalog#COUNTRIES}). */
    List<IpBlock> residential(int country) {
        return residential.get(country);
    }

    IpBlock cgnat(int country) {
        return cgnat.get(country);
    }

    IpBlock mobile(int country) {
        return mobile.get(country);
    }

    /** Hosting provider {@code index} of {@link Catalog#HOSTING}. */
    IpBlock hosting(int index) {
        return hosting.get(index);
    }

    int hostingCount() {
        return hosting.size();
    }

    IpBlock university() {
        return university;
    }

    IpBlock corporate() {
        return corporate;
    }

    /** A benign cloud egress address of a provider: customers share a limited pool of NAT gateways. */
    String cloudEgress(int provider, long pick) {
        int subnet = 1 + (int) Math.floorMod(pick, (long) BENIGN_CLOUD_SUBNETS - 1);
        int host = 1 + (int) Math.floorMod(pick / BENIGN_CLOUD_SUBNETS, 64L);
        return hosting.get(provider).inSubnet(subnet, host);
    }
}
