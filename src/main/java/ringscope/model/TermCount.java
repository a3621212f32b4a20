package ringscope.model;

/** How many interactions of a set of accounts carry one value of a term kind (a model, a category, a status). */
public record TermCount(TermKind kind, String value, long interactions) {}
