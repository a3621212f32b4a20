package ringscope.model;

import java.util.Map;
import java.util.Objects;

/**
 * What the graph's details pane and filters show of an account: its id, traffic and imported attributes
 * ("email_domain", "email_hash", "country", "plan", "status", "signup_ip", "payment", "verification"; absent when
 * empty).
 */
public record AccountFacts(int accountRef, String accountId, long interactions, Map<String, String> attributes) {
    public AccountFacts {
        Objects.requireNonNull(accountId, "accountId");
        attributes = Map.copyOf(attributes);
    }
}
