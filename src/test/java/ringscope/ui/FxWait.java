package ringscope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits in UI tests for a condition on the view's state. The condition is evaluated on the FX thread, because the
 * views change their lists and properties there: reading an {@code ObservableList} from the test thread while the FX
 * thread calls {@code setAll} on it throws {@code ConcurrentModificationException} (seen on CI in the timeline test).
 */
public final class FxWait {
    private FxWait() {
    }

    /** Polls until the condition holds, failing with "timed out waiting for {@code what}" after the given seconds. */
    public static void until(String what, long seconds, BooleanSupplier condition) {
        until(what, seconds, condition, () -> "");
    }

    /** As {@link #until(String, long, BooleanSupplier)}, with more context for the failure message. */
    public static void until(String what, long seconds, BooleanSupplier condition, Supplier<String> context) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> holds(condition));
        } catch (TimeoutException e) {
            String more = read(context);
            assertThat(holds(condition)).as("timed out waiting for " + what + (more.isEmpty() ? "" : "; " + more))
                    .isTrue();
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The condition's value read on the FX thread. */
    public static boolean holds(BooleanSupplier condition) {
        return read(condition::getAsBoolean);
    }

    /** A value read on the FX thread, for assertions on lists the view keeps changing. */
    public static <T> T read(Supplier<T> value) {
        if (Platform.isFxApplicationThread()) {
            return value.get();
        }
        try {
            return WaitForAsyncUtils.asyncFx(value::get).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading on the FX thread", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the FX thread did not answer within 30 s", e);
        }
    }
}
