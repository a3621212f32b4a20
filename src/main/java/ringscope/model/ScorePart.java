package ringscope.model;

/** One interpretable part of a cluster score: its value in [0, 1], its weight in the total, and what it measured. */
public record ScorePart(String name, double value, double weight, String measured) {}
