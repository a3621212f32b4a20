package ringscope.model;

/** One entry of the case's dictionary of repeated strings (an IP, a user agent, a model name...). */
public record Term(int id, TermKind kind, String value) {}
