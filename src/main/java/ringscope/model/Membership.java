package ringscope.model;

import java.util.Objects;

/**
 * The analyst's judgement that an account belongs to a cluster or hypothesis.
 *
 * @param group the cluster or hypothesis
 * @param accountId the account's {@code account_id}
 * @param confidencePercent 0 to 100
 * @param justification why, may be empty
 * @param retracted true once withdrawn (soft delete)
 */
public record Membership(Target group, String accountId, int confidencePercent, String justification,
        boolean retracted) implements CaseEntity {
    public Membership {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(justification, "justification");
        if (group.kind() != TargetKind.CLUSTER && group.kind() != TargetKind.HYPOTHESIS) {
            throw new IllegalArgumentException("Membership is in a cluster or a hypothesis, not " + group.kind());
        }
        if (confidencePercent < 0 || confidencePercent > 100) {
            throw new IllegalArgumentException("Confidence is 0 to 100 percent, not " + confidencePercent);
        }
    }

    /** Id {@code KIND:groupKey|accountId}. */
    @Override
    public EntityRef ref() {
        return refOf(group, accountId);
    }

    public static EntityRef refOf(Target group, String accountId) {
        return new EntityRef(EntityKind.MEMBERSHIP, group + "|" + accountId);
    }
}
