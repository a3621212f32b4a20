package ringscope.casefile;

/** A bundle that cannot be read or written; the message names the entry or limit and is meant for people. */
public class BundleException extends RuntimeException {
    public BundleException(String message) {
        super(message);
    }

    public BundleException(String message, Throwable cause) {
        super(message, cause);
    }
}
