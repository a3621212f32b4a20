package ringscope.analysis.rules;

import java.util.List;
import ringscope.model.ValueUse;

/** One value (a term such as an IP or template) with every account that used it, ordered by account ref. */
public record ValueGroup(int termRef, String value, List<ValueUse> uses) {
    public ValueGroup {
        uses = List.copyOf(uses);
    }

    public int accounts() {
        return uses.size();
    }
}
