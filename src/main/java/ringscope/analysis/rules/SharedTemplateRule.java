package ringscope.analysis.rules;

import ringscope.model.LinkRule;
import ringscope.model.TermKind;

/**
 * Medium rule {@link LinkRule#SHARED_TEMPLATE}: the same prompt-template hash (a system prompt); frameworks share
 * templates too, hence medium and commonness-weighted. Parameters and weights as in {@link SharedTermRule}.
 */
public final class SharedTemplateRule extends SharedTermRule {
    public SharedTemplateRule() {
        super(LinkRule.SHARED_TEMPLATE, TermKind.TEMPLATE, "templates");
    }
}
