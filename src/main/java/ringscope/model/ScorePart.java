package ringscope.model;

/**
 * One interpretable part of a cluster score: its value in [0, 1], its weight in the total, and what it measured in
 * words ("87% of traffic is coding or agentic work").
 */
public record ScorePart(String name, double value, double weight, String measured) {
    /** What this part adds to the weighted mean, before dividing by the sum of weights. */
    public double contribution() {
        return value * weight;
    }
}
