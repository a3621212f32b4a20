package ringscope.ui.casework;

import ringscope.model.CaseStatus;

/** Commands of the case tab: status with decision note, classification label. UI thread. */
public final class DecisionViewModel {
    private final CaseworkViewModel casework;

    public DecisionViewModel(CaseworkViewModel casework) {
        this.casework = casework;
    }

    public void setStatus(CaseStatus status, String decisionNote) {
        casework.act("Setting the case status", s -> s.setCaseStatus(status, decisionNote).map(e -> e.summary())
                .orElse("Nothing changed"));
    }

    public void setClassification(String label) {
        casework.act("Setting the classification", s -> s.setClassification(label).map(e -> e.summary())
                .orElse("Nothing changed"));
    }
}
