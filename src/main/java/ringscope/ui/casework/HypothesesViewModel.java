package ringscope.ui.casework;

import java.util.List;
import ringscope.casework.CaseworkQueries;
import ringscope.model.Hypothesis;
import ringscope.model.HypothesisComparison;
import ringscope.model.HypothesisStatus;
import ringscope.model.TargetKind;

/** Commands of the hypotheses tab: create, edit, delete, compare two. UI thread. */
public final class HypothesesViewModel {
    private final CaseworkViewModel casework;

    public HypothesesViewModel(CaseworkViewModel casework) {
        this.casework = casework;
    }

    public void create(String name, HypothesisStatus status, String evidence, List<String> accounts) {
        casework.act("Creating a hypothesis", s -> {
            Hypothesis h = s.createHypothesis(name, status, evidence, accounts);
            return "Created hypothesis \u201c" + h.name() + "\u201d with " + h.accountIds().size() + " accounts";
        });
    }

    public void edit(Hypothesis h, String name, HypothesisStatus status, String evidence, List<String> accounts) {
        casework.act("Editing a hypothesis", s -> s.editHypothesis(h.id(), name, status, evidence, accounts)
                .map(e -> e.summary()).orElse("Nothing changed"));
    }

    public void delete(Hypothesis h) {
        casework.act("Deleting a hypothesis", s -> s.deleteHypothesis(h.id()).map(e -> e.summary())
                .orElse("Nothing changed"));
    }

    /** The ids of the selected accounts, to add to a hypothesis. */
    public List<String> selectedAccounts() {
        return casework.selection().targets().stream()
                .filter(t -> t.kind() == TargetKind.ACCOUNT)
                .map(t -> t.key())
                .toList();
    }

    /** Shared, only-a and only-b accounts of two hypotheses (computed here, no database call). */
    public HypothesisComparison compare(Hypothesis a, Hypothesis b) {
        return CaseworkQueries.compare(a, b);
    }
}
