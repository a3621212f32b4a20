package ringscope.analysis.rules;

import ringscope.model.LinkRule;
import ringscope.model.TermKind;

/**
 * Medium rule {@link LinkRule#SHARED_END_USER}: the same end_user value: a downstream customer served through two
 * accounts. Parameters and weights as in {@link SharedTermRule}.
 */
public final class SharedEndUserRule extends SharedTermRule {
    public SharedEndUserRule() {
        super(LinkRule.SHARED_END_USER, TermKind.END_USER, "end users");
    }
}
