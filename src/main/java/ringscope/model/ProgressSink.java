package ringscope.model;

/** Receives progress from a service. Called on the worker thread; implementations must be cheap and thread-safe. */
@FunctionalInterface
public interface ProgressSink {
    ProgressSink NONE = p -> {};

    void report(Progress progress);
}
