package ringscope.analysis.rules;

import ringscope.model.LinkRule;
import ringscope.model.TermKind;

/**
 * Strong rule {@link LinkRule#SHARED_API_KEY}: the same API key from two accounts: a key is issued to one account, so
 * a shared key means one operator. Parameters and weights as in {@link SharedTermRule}.
 */
public final class SharedApiKeyRule extends SharedTermRule {
    public SharedApiKeyRule() {
        super(LinkRule.SHARED_API_KEY, TermKind.API_KEY, "keys");
    }
}
