package ringscope.model;

/**
 * An account as imported from {@code accounts.csv}. {@code id} is the case-internal surrogate key; optional text
 * fields are null when empty; {@code statusChangedMs} is null when the status never changed.
 */
public record AccountRecord(int id, String accountId, long createdMs, String emailDomain, String emailHash,
        String orgName, String signupIp, String paymentFingerprint, String billingCountry, String verificationPath,
        String plan, String status, Long statusChangedMs, int sourceFileId, long lineNo) {

    /** Same content ignoring where it was read from: tells an exact duplicate row from a conflicting one. */
    public boolean sameContent(AccountRecord o) {
        return accountId.equals(o.accountId) && createdMs == o.createdMs && java.util.Objects.equals(emailDomain,
                o.emailDomain) && java.util.Objects.equals(emailHash, o.emailHash)
                && java.util.Objects.equals(orgName, o.orgName) && java.util.Objects.equals(signupIp, o.signupIp)
                && java.util.Objects.equals(paymentFingerprint, o.paymentFingerprint)
                && java.util.Objects.equals(billingCountry, o.billingCountry)
                && java.util.Objects.equals(verificationPath, o.verificationPath)
                && java.util.Objects.equals(plan, o.plan) && java.util.Objects.equals(status, o.status)
                && java.util.Objects.equals(statusChangedMs, o.statusChangedMs);
    }
}
