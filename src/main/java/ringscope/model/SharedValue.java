package ringscope.model;

/**
 * A value shared by accounts as one rule of one run saw it: an IP, a card fingerprint, a template hash, a burst, ...
 *
 * @param id stored id (0 before saving)
 * @param rule the rule that looked at it
 * @param text the value as shown to people ("198.51.100.7", "burst of 25 from 172.16.200.0/24")
 * @param ref what the value points to: the dictionary term id for values that are terms (IP, template, model of a
 *     release, ...), the ban event id for a succession, else 0
 * @param accounts how many accounts share it: its commonness
 * @param linked false when it was too common to make pair links (recorded so explanations can say so)
 */
public record SharedValue(long id, LinkRule rule, String text, int ref, int accounts, boolean linked) {
    public SharedValue {
        if (text == null || rule == null) {
            throw new IllegalArgumentException("a shared value needs a rule and a text");
        }
    }

    /** "only these two accounts have it" or "shared by 4,812 accounts". */
    public String commonness() {
        return accounts <= 2 ? "only these two accounts have it" : String.format("shared by %,d accounts", accounts);
    }
}
