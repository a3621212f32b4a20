package ringscope.analysis.cluster;

import java.util.List;

/** A cluster as clustering found it: members (home ones first), before scoring. */
public record FoundCluster(List<Member> members) {
    /**
     * One member: {@code confidence} = share of its bound weight going to other members; {@code home} false for an
     * overlapping membership; {@code links}/{@code weightInside} the links to other members; {@code rules} their
     * rules, heaviest first.
     */
    public record Member(int account, boolean home, double confidence, int links, double weightInside,
            String rules) {}

    public FoundCluster {
        members = List.copyOf(members);
    }

    public int coreSize() {
        return (int) members.stream().filter(Member::home).count();
    }

    public List<Integer> accounts() {
        return members.stream().map(Member::account).toList();
    }
}
