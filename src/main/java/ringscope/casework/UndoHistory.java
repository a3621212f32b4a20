package ringscope.casework;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.OptionalLong;
import ringscope.model.LogStep;

/**
 * Linear undo and redo, rebuilt from the log (so it survives closing and reopening the case). Every action pushes its
 * seq on the undo stack and clears the redo stack; an UNDO moves the top of the undo stack to the redo stack, a REDO
 * moves it back. Undo and redo events themselves are not undone. Immutable result of {@link #fold}.
 */
public final class UndoHistory {
    private final Deque<Long> undo;
    private final Deque<Long> redo;

    private UndoHistory(Deque<Long> undo, Deque<Long> redo) {
        this.undo = undo;
        this.redo = redo;
    }

    /** The stacks after {@code steps} (in seq order); throws DAMAGED_LOG when an undo or redo does not fit. */
    public static UndoHistory fold(List<LogStep> steps) {
        Deque<Long> undo = new ArrayDeque<>();
        Deque<Long> redo = new ArrayDeque<>();
        for (LogStep s : steps) {
            switch (s.action()) {
                case UNDO -> move(s, undo, redo);
                case REDO -> move(s, redo, undo);
                default -> {
                    undo.push(s.seq());
                    redo.clear();
                }
            }
        }
        return new UndoHistory(undo, redo);
    }

    private static void move(LogStep s, Deque<Long> from, Deque<Long> to) {
        Long top = from.peek();
        if (top == null || top != s.refSeq()) {
            throw new CaseworkException(CaseworkException.Kind.DAMAGED_LOG, "Event " + s.seq() + " (" + s.action()
                    + " of event " + s.refSeq() + ") does not fit the history before it");
        }
        to.push(from.pop());
    }

    /** The seq of the action an undo would take back. */
    public OptionalLong nextUndo() {
        return undo.isEmpty() ? OptionalLong.empty() : OptionalLong.of(undo.peek());
    }

    /** The seq of the action a redo would re-apply. */
    public OptionalLong nextRedo() {
        return redo.isEmpty() ? OptionalLong.empty() : OptionalLong.of(redo.peek());
    }
}
