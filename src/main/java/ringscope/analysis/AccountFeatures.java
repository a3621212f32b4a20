package ringscope.analysis;

import java.util.HashMap;
import java.util.Map;
import ringscope.model.TermKind;
import ringscope.model.ValueUse;
import ringscope.store.AnalysisInputs;

/**
 * Per-account facts the cluster score needs, read once from the account × value aggregate: traffic in coding and
 * agentic categories, traffic per template, distinct end users, and when each model was first used.
 */
final class AccountFeatures {
    final Map<Integer, long[]> focus = new HashMap<>(); // {focused, total}
    final Map<Integer, Map<Integer, Integer>> templates = new HashMap<>();
    final Map<Integer, Integer> endUsers = new HashMap<>();
    final Map<Integer, Map<String, Long>> modelFirstUse = new HashMap<>();

    AccountFeatures(AnalysisInputs inputs) {
        inputs.forEachValue(TermKind.CATEGORY, (term, value, uses) -> {
            boolean focused = isCapabilityFocus(value);
            for (ValueUse u : uses) {
                long[] f = focus.computeIfAbsent(u.accountRef(), k -> new long[2]);
                f[1] += u.interactions();
                if (focused) {
                    f[0] += u.interactions();
                }
            }
        });
        inputs.forEachValue(TermKind.TEMPLATE, (term, value, uses) -> {
            for (ValueUse u : uses) {
                templates.computeIfAbsent(u.accountRef(), k -> new HashMap<>()).put(term, u.interactions());
            }
        });
        inputs.forEachValue(TermKind.END_USER, (term, value, uses) -> {
            for (ValueUse u : uses) {
                endUsers.merge(u.accountRef(), 1, Integer::sum);
            }
        });
        inputs.forEachValue(TermKind.MODEL, (term, value, uses) -> {
            for (ValueUse u : uses) {
                modelFirstUse.computeIfAbsent(u.accountRef(), k -> new HashMap<>()).put(value, u.firstMs());
            }
        });
    }

    /** Coding, agentic and reasoning work: what distillation campaigns harvest. */
    static boolean isCapabilityFocus(String category) {
        String c = category.toLowerCase(java.util.Locale.ROOT);
        return c.contains("cod") || c.contains("agent") || c.contains("reason") || c.contains("math");
    }
}
