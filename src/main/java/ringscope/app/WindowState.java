package ringscope.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import ringscope.model.Target;
import ringscope.model.TargetKind;
import ringscope.model.TimeRange;
import ringscope.ui.MainView;
import ringscope.ui.Selection;
import ringscope.ui.casework.CaseworkViewModel;
import ringscope.ui.timeline.TimeFilter;

/**
 * The window's state as a saved view records it: the open tab, the shared selection (in pick order), the case-wide
 * time filter, and any part a view registers (the graph's scene). JSON, version 1; unknown or malformed parts are
 * skipped on restore so that a view saved by another build never breaks the window. UI thread.
 */
final class WindowState implements CaseworkViewModel.ViewState {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MainView main;
    private final Selection selection;
    private final TimeFilter filter;
    private final Map<String, Part> parts = new LinkedHashMap<>();

    /** A view's own contribution to a saved view. */
    record Part(Supplier<JsonNode> capture, Consumer<JsonNode> restore) {}

    WindowState(MainView main, Selection selection, TimeFilter filter) {
        this.main = main;
        this.selection = selection;
        this.filter = filter;
    }

    void register(String name, Supplier<JsonNode> capture, Consumer<JsonNode> restore) {
        parts.put(name, new Part(capture, restore));
    }

    @Override
    public String capture() {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 1);
        root.put("tab", main.selectedTabId());
        ArrayNode targets = root.putArray("selection");
        for (Target t : selection.targets()) {
            targets.addObject().put("kind", t.kind().name()).put("key", t.key());
        }
        TimeRange r = filter.get();
        if (r != null) {
            root.putObject("timeFilter").put("fromMs", r.fromMs()).put("toMs", r.toMs());
        }
        ObjectNode extra = root.putObject("parts");
        parts.forEach((name, part) -> extra.set(name, part.capture().get()));
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void restore(String stateJson) {
        JsonNode root;
        try {
            root = JSON.readTree(stateJson);
        } catch (JsonProcessingException e) {
            return;
        }
        if (root == null || !root.isObject()) {
            return;
        }
        if (root.path("tab").isTextual()) {
            main.selectTab(root.get("tab").asText());
        }
        JsonNode range = root.path("timeFilter");
        if (range.path("fromMs").canConvertToLong() && range.path("toMs").canConvertToLong()
                && range.get("fromMs").asLong() < range.get("toMs").asLong()) {
            filter.set(new TimeRange(range.get("fromMs").asLong(), range.get("toMs").asLong()));
        } else {
            filter.clear();
        }
        List<Target> targets = new ArrayList<>();
        for (JsonNode t : root.path("selection")) {
            try {
                targets.add(new Target(TargetKind.valueOf(t.path("kind").asText()), t.path("key").asText()));
            } catch (IllegalArgumentException skipped) {
                // a kind this build does not know, or a key it refuses: leave that one out
            }
        }
        selection.set(targets);
        JsonNode extra = root.path("parts");
        parts.forEach((name, part) -> {
            if (extra.has(name)) {
                part.restore().accept(extra.get(name));
            }
        });
    }
}
