package ringscope.model;

/** A search result: an account and what matched (field name such as "ip" or "payment", and the value). */
public record AccountHit(int accountRef, String accountId, String field, String value) {}
