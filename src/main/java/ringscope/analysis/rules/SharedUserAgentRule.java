package ringscope.analysis.rules;

import ringscope.model.LinkRule;
import ringscope.model.TermKind;

/**
 * Weak rule {@link LinkRule#SHARED_USER_AGENT}: the same user agent (client or device string); popular SDKs are shared
 * by thousands, hence weak. Parameters and weights as in {@link SharedTermRule}.
 */
public final class SharedUserAgentRule extends SharedTermRule {
    public SharedUserAgentRule() {
        super(LinkRule.SHARED_USER_AGENT, TermKind.USER_AGENT, "user agents");
    }
}
