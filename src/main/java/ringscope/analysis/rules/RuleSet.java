package ringscope.analysis.rules;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import ringscope.model.LinkRule;

/**
 * Every link rule, in the order a run applies them: value rules first, then behaviour rules; the activity rules come
 * last because they compare the pairs the others linked. Immutable.
 */
public final class RuleSet {
    private final List<Rule> rules = List.of(new SharedApiKeyRule(), new SharedPaymentRule(), new SharedIpRule(),
            new SharedTemplateRule(), new SharedEndUserRule(), new SharedUserAgentRule(), new SharedNetworkRule(),
            new EmailPatternRule(), new EmailDomainRule(), new SignupBurstRule(), new ProxyPoolRule(),
            new RelayFanoutRule(), new HydraSuccessionRule(), new ModelPivotRule(), new SynchronyRule(),
            new LoadBalancingRule());
    private final Map<LinkRule, Rule> byRule = new EnumMap<>(LinkRule.class);

    public RuleSet() {
        rules.forEach(r -> byRule.put(r.rule(), r));
        if (byRule.size() != LinkRule.values().length) {
            throw new IllegalStateException("every LinkRule needs exactly one rule class");
        }
    }

    public List<Rule> all() {
        return rules;
    }

    public Rule of(LinkRule rule) {
        return byRule.get(rule);
    }
}
