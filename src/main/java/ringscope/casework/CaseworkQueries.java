package ringscope.casework;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import ringscope.model.CaseDecision;
import ringscope.model.EntityKind;
import ringscope.model.Hypothesis;
import ringscope.model.HypothesisComparison;
import ringscope.model.Membership;
import ringscope.model.Note;
import ringscope.model.SavedView;
import ringscope.model.Tag;
import ringscope.model.TagAssignment;
import ringscope.model.Target;
import ringscope.store.CaseworkRepository;

/**
 * The current casework state of a case, as views and exports read it. "Active" lists leave out retracted rows; the
 * {@code all...} methods keep them (with their flag) for history and export. Lists are sorted for stable output.
 * Thread-safe; each call reads committed state.
 */
public final class CaseworkQueries {
    private static final Comparator<Tag> BY_NAME = Comparator.comparing((Tag t) -> t.name().toLowerCase(java.util.Locale.ROOT))
            .thenComparing(Tag::id);

    private final CaseworkRepository repo;

    public CaseworkQueries(CaseworkRepository repo) {
        this.repo = repo;
    }

    /** Active tags by name. */
    public List<Tag> tags() {
        return allTags().stream().filter(t -> !t.retracted()).toList();
    }

    /** Every tag ever defined (retracted ones flagged), by name. */
    public List<Tag> allTags() {
        return repo.all(EntityKind.TAG, Tag.class).stream().sorted(BY_NAME).toList();
    }

    /** The active tags on {@code target}, by name. */
    public List<Tag> tagsOn(Target target) {
        Map<String, Tag> byId = tags().stream().collect(Collectors.toMap(Tag::id, Function.identity()));
        return repo.about(EntityKind.TAG_ASSIGNMENT, target, TagAssignment.class).stream()
                .filter(TagAssignment::active)
                .map(a -> byId.get(a.tagId()))
                .filter(t -> t != null)
                .sorted(BY_NAME)
                .toList();
    }

    /** Every assignment of an active tag that is on now, by tag then target (for graph colouring and export). */
    public List<TagAssignment> activeAssignments() {
        Set<String> live = new HashSet<>(tags().stream().map(Tag::id).toList());
        return allAssignments().stream().filter(a -> a.active() && live.contains(a.tagId())).toList();
    }

    /** Every assignment row, inactive ones included, by tag then target. */
    public List<TagAssignment> allAssignments() {
        return repo.all(EntityKind.TAG_ASSIGNMENT, TagAssignment.class).stream()
                .sorted(Comparator.comparing(TagAssignment::tagId).thenComparing(TagAssignment::target))
                .toList();
    }

    /** The notes on {@code target} that are not deleted, oldest first. */
    public List<Note> notesOn(Target target) {
        return repo.about(EntityKind.NOTE, target, Note.class).stream()
                .filter(n -> !n.retracted())
                .sorted(Comparator.comparingLong(Note::createdMs).thenComparing(Note::id))
                .toList();
    }

    /** Every note of the case, deleted ones flagged, by target then time. */
    public List<Note> allNotes() {
        return repo.all(EntityKind.NOTE, Note.class).stream()
                .sorted(Comparator.comparing(Note::target).thenComparingLong(Note::createdMs).thenComparing(Note::id))
                .toList();
    }

    /** The membership judgements in a cluster or hypothesis that are not withdrawn, by account. */
    public List<Membership> memberships(Target group) {
        return repo.about(EntityKind.MEMBERSHIP, group, Membership.class).stream()
                .filter(m -> !m.retracted())
                .sorted(Comparator.comparing(Membership::accountId))
                .toList();
    }

    /** Every membership judgement, withdrawn ones flagged, by group then account. */
    public List<Membership> allMemberships() {
        return repo.all(EntityKind.MEMBERSHIP, Membership.class).stream()
                .sorted(Comparator.comparing(Membership::group).thenComparing(Membership::accountId))
                .toList();
    }

    /** Hypotheses that are not deleted, by name. */
    public List<Hypothesis> hypotheses() {
        return allHypotheses().stream().filter(h -> !h.retracted()).toList();
    }

    /** Every hypothesis, deleted ones flagged, by name. */
    public List<Hypothesis> allHypotheses() {
        return repo.all(EntityKind.HYPOTHESIS, Hypothesis.class).stream()
                .sorted(Comparator.comparing((Hypothesis h) -> h.name().toLowerCase(java.util.Locale.ROOT)).thenComparing(Hypothesis::id))
                .toList();
    }

    /** The hypothesis {@code id}, deleted or not; NOT_FOUND when there is none. */
    public Hypothesis hypothesis(String id) {
        return allHypotheses().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow(
                () -> new CaseworkException(CaseworkException.Kind.NOT_FOUND, "No such hypothesis in this case"));
    }

    /** Accounts two hypotheses share and those only one holds. */
    public HypothesisComparison compare(String idA, String idB) {
        return compare(hypothesis(idA), hypothesis(idB));
    }

    /** Accounts {@code a} and {@code b} share and those only one holds, each sorted. */
    public static HypothesisComparison compare(Hypothesis a, Hypothesis b) {
        Set<String> inB = new HashSet<>(b.accountIds());
        Set<String> inA = new HashSet<>(a.accountIds());
        List<String> shared = new ArrayList<>();
        List<String> onlyA = new ArrayList<>();
        for (String id : a.accountIds()) {
            (inB.contains(id) ? shared : onlyA).add(id);
        }
        List<String> onlyB = b.accountIds().stream().filter(id -> !inA.contains(id)).toList();
        return new HypothesisComparison(a, b, shared, onlyA, onlyB);
    }

    /** The case's status, decision note and classification ({@link CaseDecision#INITIAL} until first set). */
    public CaseDecision decision() {
        return repo.all(EntityKind.CASE_DECISION, CaseDecision.class).stream().findFirst()
                .orElse(CaseDecision.INITIAL);
    }

    /** Saved views that are not deleted, by name. */
    public List<SavedView> views() {
        return repo.all(EntityKind.SAVED_VIEW, SavedView.class).stream()
                .filter(v -> !v.retracted())
                .sorted(Comparator.comparing(SavedView::name))
                .toList();
    }
}
