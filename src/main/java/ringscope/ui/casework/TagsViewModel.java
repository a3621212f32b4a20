package ringscope.ui.casework;

import java.util.List;
import ringscope.model.Tag;
import ringscope.model.Target;

/** Commands of the tag manager: define, edit and delete tags, put them on the selection or take them off. UI thread. */
public final class TagsViewModel {
    private final CaseworkViewModel casework;

    public TagsViewModel(CaseworkViewModel casework) {
        this.casework = casework;
    }

    /** Adds the starter taxonomy's tags that the case does not have yet. */
    public void addStarterTags() {
        casework.act("Adding starter tags", s -> s.seedStarterTaxonomy()
                .map(e -> e.summary()).orElse("The case already has the starter tags"));
    }

    public void create(String name, String colour, String description) {
        casework.act("Creating a tag", s -> "Created tag \u201c" + s.createTag(name, colour, description).name()
                + "\u201d");
    }

    public void edit(Tag tag, String name, String colour, String description) {
        casework.act("Editing a tag", s -> s.editTag(tag.id(), name, colour, description).map(e -> e.summary())
                .orElse("Nothing changed"));
    }

    /** Deletes {@code tag} softly (Undo brings it back). */
    public void delete(Tag tag) {
        casework.act("Deleting a tag", s -> s.deleteTag(tag.id()).map(e -> e.summary()).orElse("Nothing changed"));
    }

    /** Puts {@code tag} on every selected target, as one action. */
    public void tagSelection(Tag tag) {
        List<Target> targets = List.copyOf(casework.selection().targets());
        casework.act("Tagging", s -> s.tag(tag.id(), targets).map(e -> e.summary())
                .orElse("Already tagged \u201c" + tag.name() + "\u201d"));
    }

    /** Takes {@code tag} off every selected target, as one action. */
    public void untagSelection(Tag tag) {
        List<Target> targets = List.copyOf(casework.selection().targets());
        casework.act("Removing a tag", s -> s.untag(tag.id(), targets).map(e -> e.summary())
                .orElse("Not tagged \u201c" + tag.name() + "\u201d"));
    }

    public CaseworkViewModel casework() {
        return casework;
    }
}
