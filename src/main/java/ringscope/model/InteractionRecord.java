package ringscope.model;

/**
 * One API interaction. Repeated strings are references into the case's term dictionary ({@code 0} = absent);
 * {@code latencyMs} is -1 when absent. {@code sourceFileId} and {@code lineNo} trace the row to its source line.
 */
public record InteractionRecord(long rowId, String interactionId, long tsMs, int accountRef, int apiKeyRef, int ipRef,
        int userAgentRef, int modelRef, int categoryRef, int inputTokens, int outputTokens, int latencyMs,
        int statusRef, int templateRef, int endUserRef, int sourceFileId, long lineNo) {

    /** Same content ignoring row id and source position. */
    public boolean sameContent(InteractionRecord o) {
        return interactionId.equals(o.interactionId) && tsMs == o.tsMs && accountRef == o.accountRef
                && apiKeyRef == o.apiKeyRef && ipRef == o.ipRef && userAgentRef == o.userAgentRef
                && modelRef == o.modelRef && categoryRef == o.categoryRef && inputTokens == o.inputTokens
                && outputTokens == o.outputTokens && latencyMs == o.latencyMs && statusRef == o.statusRef
                && templateRef == o.templateRef && endUserRef == o.endUserRef;
    }
}
