package ringscope.casefile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import ringscope.casefile.CaseSnapshot.Receipt;
import ringscope.casefile.CaseSnapshot.TaggedCluster;
import ringscope.model.LinkRule;

/**
 * Why the members of a tagged cluster are together, for people: one reason per link rule (strong tier first, then
 * weight) with how many links and source rows carry it and the heaviest link's sentence as the example.
 */
final class WhyTogether {
    /** One reason: a rule, how many of the cluster's links it made, their weight and rows, and an example. */
    record Reason(LinkRule rule, int links, double weight, long rows, long exampleLink, String example) {}

    private final List<Reason> reasons;

    WhyTogether(TaggedCluster cluster) {
        Map<LinkRule, List<Receipt>> byRule = new EnumMap<>(LinkRule.class);
        cluster.links().forEach(r -> byRule.computeIfAbsent(r.link().rule(), k -> new ArrayList<>()).add(r));
        List<Reason> out = new ArrayList<>();
        byRule.forEach((rule, list) -> {
            Receipt top = list.stream().max(Comparator.comparingDouble(r -> r.link().weight())).orElseThrow();
            out.add(new Reason(rule, list.size(), list.stream().mapToDouble(r -> r.link().weight()).sum(),
                    list.stream().mapToLong(Receipt::rowCount).sum(), top.link().id(), top.explanation()));
        });
        out.sort(Comparator.comparing((Reason r) -> r.rule().tier()).thenComparing(Comparator.comparingDouble(
                Reason::weight).reversed()));
        this.reasons = List.copyOf(out);
    }

    List<Reason> reasons() {
        return reasons;
    }

    ArrayNode tree(ObjectMapper m) {
        ArrayNode a = m.createArrayNode();
        for (Reason r : reasons) {
            ObjectNode o = a.addObject();
            o.put("rule", r.rule().name());
            o.put("tier", r.rule().tier().name());
            o.put("links", r.links());
            o.put("weight", Math.round(r.weight() * 1000) / 1000.0);
            o.put("rows", r.rows());
            o.put("exampleLink", r.exampleLink());
            o.put("example", r.example());
        }
        return a;
    }
}
