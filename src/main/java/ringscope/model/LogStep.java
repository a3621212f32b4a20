package ringscope.model;

/** The part of an action event that undo and redo need: its seq, its type and the event it refers to (0: none). */
public record LogStep(long seq, ActionType action, long refSeq) {}
