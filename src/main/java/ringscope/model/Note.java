package ringscope.model;

import java.util.Objects;

/**
 * A note on a target (an account, link, cluster, hypothesis or the case).
 *
 * @param id stable id
 * @param target what the note is about
 * @param text the note, up to {@value #MAX_TEXT} characters, stored as written
 * @param author who wrote it first
 * @param createdMs when it was first written (epoch ms UTC)
 * @param retracted true once deleted (soft delete)
 */
public record Note(String id, Target target, String text, String author, long createdMs, boolean retracted)
        implements CaseEntity {
    public static final int MAX_TEXT = 100_000;

    public Note {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(author, "author");
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("A note may hold at most " + MAX_TEXT + " characters");
        }
    }

    @Override
    public EntityRef ref() {
        return new EntityRef(EntityKind.NOTE, id);
    }

    public Note withText(String value) {
        return new Note(id, target, value, author, createdMs, retracted);
    }

    public Note withRetracted(boolean value) {
        return new Note(id, target, text, author, createdMs, value);
    }
}
