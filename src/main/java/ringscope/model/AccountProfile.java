package ringscope.model;

/** What the analysis knows of one account from {@code accounts.csv} and the import's totals. */
public record AccountProfile(int ref, String accountId, long createdMs, String emailDomain, String emailHash,
        String signupIp, String paymentFingerprint, String verificationPath, String status, long statusChangedMs,
        long interactions, long firstMs, long lastMs) {}
