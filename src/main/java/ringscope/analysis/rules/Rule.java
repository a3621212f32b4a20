package ringscope.analysis.rules;

import ringscope.model.EvidenceSelector;
import ringscope.model.LinkRecord;
import ringscope.model.LinkRule;

/**
 * One link rule: derives account-to-account links with receipts from the case's aggregates, and says which source
 * rows stand behind each link it made. Implementations are stateless between calls and read only aggregates in
 * {@link #find}; their Javadoc lists the parameters they read and their precision tier.
 */
public interface Rule {
    LinkRule rule();

    /** Adds this rule's links (and the shared values behind them, common ones included) to {@code out}. */
    void find(RuleContext ctx, LinkSink out);

    /**
     * The rows behind {@code link} (made by this rule), such that their number equals the link's evidence count.
     */
    EvidenceSelector evidence(LinkRecord link, EvidenceContext ctx);
}
