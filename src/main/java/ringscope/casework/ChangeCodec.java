package ringscope.casework;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import ringscope.model.ActionEvent;
import ringscope.model.CaseDecision;
import ringscope.model.CaseEntity;
import ringscope.model.EntityChange;
import ringscope.model.EntityKind;
import ringscope.model.EntityRef;
import ringscope.model.Hypothesis;
import ringscope.model.Membership;
import ringscope.model.Note;
import ringscope.model.SavedView;
import ringscope.model.Tag;
import ringscope.model.TagAssignment;

/**
 * Writes an action's changes as the log's before and after JSON, and reads them back for undo and redo. Each side is
 * an array with one element per changed thing, in the same order on both sides:
 * {@code {"entity":"TAG","id":"...","state":{record components}}}, {@code "state":null} when it did not exist. The
 * record class comes from the entity kind, never from the document (no polymorphic typing). Thread-safe.
 */
public final class ChangeCodec {
    private final ObjectMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    /** The canonical before-array of {@code changes}. */
    public String before(List<EntityChange> changes) {
        return side(changes, true);
    }

    /** The canonical after-array of {@code changes}. */
    public String after(List<EntityChange> changes) {
        return side(changes, false);
    }

    private String side(List<EntityChange> changes, boolean before) {
        ArrayNode array = json.createArrayNode();
        for (EntityChange c : changes) {
            ObjectNode item = array.addObject();
            item.put("entity", c.ref().kind().name());
            item.put("id", c.ref().id());
            CaseEntity state = before ? c.before() : c.after();
            item.set("state", state == null ? json.nullNode() : json.valueToTree(state));
        }
        return CanonicalJson.write(array);
    }

    /** The changes recorded in {@code event}; throws {@link CaseworkException} when its JSON cannot be read. */
    public List<EntityChange> changes(ActionEvent event) {
        try {
            JsonNode before = json.readTree(event.beforeJson());
            JsonNode after = json.readTree(event.afterJson());
            if (!before.isArray() || !after.isArray() || before.size() != after.size()) {
                throw new CaseworkException(CaseworkException.Kind.DAMAGED_LOG,
                        "Event " + event.seq() + " of the action log has unreadable before/after data");
            }
            List<EntityChange> out = new ArrayList<>();
            for (int i = 0; i < before.size(); i++) {
                EntityRef ref = ref(before.get(i));
                if (!ref.equals(ref(after.get(i)))) {
                    throw new CaseworkException(CaseworkException.Kind.DAMAGED_LOG,
                            "Event " + event.seq() + " of the action log has mismatched before/after data");
                }
                out.add(new EntityChange(ref, state(ref, before.get(i)), state(ref, after.get(i))));
            }
            return out;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new CaseworkException(CaseworkException.Kind.DAMAGED_LOG,
                    "Event " + event.seq() + " of the action log cannot be read: " + e.getMessage(), e);
        }
    }

    private static EntityRef ref(JsonNode item) {
        return new EntityRef(EntityKind.valueOf(item.path("entity").asText()), item.path("id").asText());
    }

    private CaseEntity state(EntityRef ref, JsonNode item) throws JsonProcessingException {
        JsonNode state = item.get("state");
        if (state == null || state.isNull()) {
            return null;
        }
        CaseEntity value = json.treeToValue(state, type(ref.kind()));
        if (!value.ref().equals(ref)) {
            throw new IllegalArgumentException("state of " + value.ref() + " recorded as " + ref);
        }
        return value;
    }

    static Class<? extends CaseEntity> type(EntityKind kind) {
        return switch (kind) {
            case TAG -> Tag.class;
            case TAG_ASSIGNMENT -> TagAssignment.class;
            case NOTE -> Note.class;
            case MEMBERSHIP -> Membership.class;
            case HYPOTHESIS -> Hypothesis.class;
            case CASE_DECISION -> CaseDecision.class;
            case SAVED_VIEW -> SavedView.class;
        };
    }
}
