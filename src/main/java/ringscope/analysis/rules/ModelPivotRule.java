package ringscope.analysis.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ringscope.model.EventRecord;
import ringscope.model.EvidenceSelector;
import ringscope.model.LinkRecord;
import ringscope.model.LinkRule;
import ringscope.model.TermKind;
import ringscope.model.ValueUse;
import ringscope.timeline.HourlySeries;
import ringscope.timeline.ModelPivot;

/**
 * Weak rule {@link LinkRule#MODEL_PIVOT}: a coordinated switch to a newly released model. For each
 * {@code model_release} event (the model is the model name its label mentions first), an account pivoted when its
 * first use of the model came within 24 hours of the release and at least {@value #MIN_SHARE} of its traffic since
 * the release went to it. Pivoting accounts are ordered by first use; each is linked to its next
 * {@code chainNeighbours} whose first use lies within {@code pivotMinutes}. Early adopters pivot too, so the weight is
 * weak (0.3) and never binds alone. Evidence: the release event and both accounts' interactions on the new model.
 */
public final class ModelPivotRule implements Rule {
    static final double MIN_SHARE = 0.3;

    @Override
    public LinkRule rule() {
        return LinkRule.MODEL_PIVOT;
    }

    @Override
    public void find(RuleContext ctx, LinkSink out) {
        List<ValueGroup> models = ctx.groups(TermKind.MODEL);
        for (EventRecord release : ctx.events()) {
            if (release.kind().equals("model_release")) {
                releasedModel(release.label(), models).ifPresent(m -> pivots(ctx, out, release, m));
            }
        }
    }

    private static void pivots(RuleContext ctx, LinkSink out, EventRecord release, ValueGroup model) {
        List<ValueUse> quick = new ArrayList<>();
        for (ValueUse u : model.uses()) {
            if (ModelPivot.quick(u.firstMs(), release.tsMs())) {
                quick.add(u);
            }
        }
        Map<Integer, HourlySeries> series = ctx.series(quick.stream().map(ValueUse::accountRef).toList());
        List<ValueUse> pivoted = new ArrayList<>(quick.stream().filter(u -> ModelPivot.shareAfterRelease(
                u.interactions(), series.get(u.accountRef()), release.tsMs()) >= MIN_SHARE).toList());
        pivoted.sort(Comparator.comparingLong(ValueUse::firstMs).thenComparingInt(ValueUse::accountRef));
        if (pivoted.size() < 2) {
            return;
        }
        var v = out.value(LinkRule.MODEL_PIVOT, model.value() + " released " + Instant.ofEpochMilli(release.tsMs()),
                (int) release.id(), pivoted.size());
        long window = ctx.params().pivotMinutes() * 60_000L;
        double w = Commonness.tierWeight(LinkRule.Tier.WEAK);
        for (int i = 0; i < pivoted.size(); i++) {
            ValueUse a = pivoted.get(i);
            for (int j = i + 1; j < pivoted.size() && j <= i + ctx.params().chainNeighbours(); j++) {
                ValueUse b = pivoted.get(j);
                if (b.firstMs() - a.firstMs() > window) {
                    break;
                }
                out.link(v, a.accountRef(), b.accountRef(), w, 1L + a.interactions() + b.interactions(),
                        release.tsMs(), Math.max(a.lastMs(), b.lastMs()), String.format(
                                "first uses %.0f min apart, %.1f h after the release", (b.firstMs() - a.firstMs())
                                        / 60_000.0, (a.firstMs() - release.tsMs()) / 3.6e6));
            }
        }
    }

    /** The model term a release label names first ("orion-pro-3 released (successor of orion-pro-2)"). */
    public static Optional<ValueGroup> releasedModel(String label, List<ValueGroup> models) {
        ValueGroup best = null;
        int bestAt = Integer.MAX_VALUE;
        for (ValueGroup m : models) {
            int at = label.indexOf(m.value());
            if (at >= 0 && (at < bestAt || at == bestAt && m.value().length() > best.value().length())) {
                best = m;
                bestAt = at;
            }
        }
        return Optional.ofNullable(best);
    }

    @Override
    public EvidenceSelector evidence(LinkRecord link, EvidenceContext ctx) {
        String text = link.value().text();
        String model = text.substring(0, Math.max(0, text.lastIndexOf(" released ")));
        List<Integer> term = ctx.lookup().termRef(TermKind.MODEL, model).map(List::of).orElse(List.of());
        return new EvidenceSelector(link.accountA(), link.accountB(), false, List.of((long) link.value().ref()), null,
                true, TermKind.MODEL, term);
    }
}
