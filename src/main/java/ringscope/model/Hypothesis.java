package ringscope.model;

import java.util.List;
import java.util.Objects;

/**
 * A named set of accounts the analyst believes act together; hypotheses may overlap.
 *
 * @param id stable id (also the key of {@link Target#hypothesis})
 * @param name 1 to 200 characters
 * @param status where it stands
 * @param evidence what supports or contradicts it, free text
 * @param accountIds the member accounts, sorted and without duplicates
 * @param retracted true once deleted (soft delete)
 */
public record Hypothesis(String id, String name, HypothesisStatus status, String evidence, List<String> accountIds,
        boolean retracted) implements CaseEntity {
    public Hypothesis {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(accountIds, "accountIds");
        if (name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("A hypothesis name needs 1 to 200 characters");
        }
        accountIds = accountIds.stream().distinct().sorted().toList();
    }

    @Override
    public EntityRef ref() {
        return new EntityRef(EntityKind.HYPOTHESIS, id);
    }

    public Target target() {
        return Target.hypothesis(id);
    }
}
