package ringscope.model;

import java.util.List;
import java.util.Map;

/**
 * The accounts within some hops of a start account and the links among them. {@code capped} is true when the
 * neighbourhood was cut at the account limit (then say "showing N of at least M").
 *
 * @param hops account ref → hops from the start (0 for the start)
 */
public record Neighbourhood(int start, Map<Integer, Integer> hops, List<LinkRecord> links, boolean capped) {
    public Neighbourhood {
        hops = Map.copyOf(hops);
        links = List.copyOf(links);
    }
}
