package ringscope.model;

/** Row count of one case table, for the case overview and {@code ringscope stats}. */
public record TableCount(String table, long rows) {}
