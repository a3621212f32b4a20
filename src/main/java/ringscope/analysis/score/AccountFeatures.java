package ringscope.analysis.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import ringscope.analysis.rules.ModelPivotRule;
import ringscope.analysis.rules.RuleContext;
import ringscope.analysis.rules.ValueGroup;
import ringscope.model.EventRecord;
import ringscope.model.TermKind;
import ringscope.model.ValueUse;
import ringscope.timeline.HourlySeries;
import ringscope.timeline.ModelPivot;

/**
 * Per-account facts the cluster score needs, read once per run from the account × value aggregate: traffic in
 * capability-focused categories, traffic per template, how many accounts use each template, and who pivoted to a newly released model. Read-only after
 * construction.
 */
final class AccountFeatures {
    /** Minimum share of an account's traffic since a release that must go to the new model to count as a pivot. */
    static final double PIVOT_SHARE = 0.3;

    private final Map<Integer, long[]> focus = new HashMap<>(); // {focused, total}
    private final Map<Integer, Map<Integer, Integer>> templates = new HashMap<>();
    private final Map<Integer, Integer> templateUsers = new HashMap<>();
    private final Set<Integer> pivoted = new HashSet<>();
    private final List<String> releases = new ArrayList<>();

    AccountFeatures(RuleContext ctx) {
        for (ValueGroup g : ctx.groups(TermKind.CATEGORY)) {
            boolean focused = isCapabilityFocus(g.value());
            for (ValueUse u : g.uses()) {
                long[] f = focus.computeIfAbsent(u.accountRef(), k -> new long[2]);
                f[1] += u.interactions();
                if (focused) {
                    f[0] += u.interactions();
                }
            }
        }
        for (ValueGroup g : ctx.groups(TermKind.TEMPLATE)) {
            templateUsers.put(g.termRef(), g.accounts());
            for (ValueUse u : g.uses()) {
                templates.computeIfAbsent(u.accountRef(), k -> new HashMap<>()).put(g.termRef(), u.interactions());
            }
        }
        List<ValueGroup> models = ctx.groups(TermKind.MODEL);
        for (EventRecord e : ctx.events()) {
            if (e.kind().equals("model_release")) {
                ModelPivotRule.releasedModel(e.label(), models).ifPresent(m -> {
                    releases.add(m.value());
                    addPivots(ctx, m, e.tsMs());
                });
            }
        }
    }

    private void addPivots(RuleContext ctx, ValueGroup model, long releaseMs) {
        List<ValueUse> quick = model.uses().stream().filter(u -> ModelPivot.quick(u.firstMs(), releaseMs)).toList();
        Map<Integer, HourlySeries> series = ctx.series(quick.stream().map(ValueUse::accountRef).toList());
        for (ValueUse u : quick) {
            if (ModelPivot.shareAfterRelease(u.interactions(), series.get(u.accountRef()), releaseMs) >= PIVOT_SHARE) {
                pivoted.add(u.accountRef());
            }
        }
    }

    /** Coding, agentic, reasoning and maths work: what distillation campaigns harvest. */
    static boolean isCapabilityFocus(String category) {
        String c = category.toLowerCase(Locale.ROOT);
        return c.contains("cod") || c.contains("agent") || c.contains("reason") || c.contains("math");
    }

    long[] focus(int account) {
        return focus.getOrDefault(account, new long[2]);
    }

    Map<Integer, Integer> templates(int account) {
        return templates.getOrDefault(account, Map.of());
    }

    /** Number of accounts of the case that used a template (by term ref); 0 for an unknown one. */
    int templateUsers(int template) {
        return templateUsers.getOrDefault(template, 0);
    }

    boolean pivoted(int account) {
        return pivoted.contains(account);
    }

    /** Models released in the case's events (empty: the pivot part cannot be measured). */
    List<String> releases() {
        return releases;
    }
}
