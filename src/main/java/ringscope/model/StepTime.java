package ringscope.model;

/** Wall time of one step of a long operation. */
public record StepTime(String step, long millis) {}
