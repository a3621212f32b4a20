package ringscope.training;

/**
 * One row of {@code accounts.csv}. Times are epoch seconds; {@code statusChangedAt} is -1 when the status never
 * changed. Empty strings are written as empty cells.
 */
record AccountRecord(
        String accountId, long createdAt, Identity identity, String plan, String status, long statusChangedAt) {

    /** Who signed up, from where, how they pay and how they were verified. */
    record Identity(
            String emailDomain, String emailHash, String orgName, String signupIp, String paymentFingerprint,
            String billingCountry, String verificationPath) {}

    AccountRecord withStatus(String newStatus, long changedAt) {
        return new AccountRecord(accountId, createdAt, identity, plan, newStatus, changedAt);
    }
}
