package ringscope.model;

/** How often and when one account used one term (IP, user agent, template...). */
public record AccountTermCell(int accountRef, int termRef, int interactions, long firstMs, long lastMs) {}
