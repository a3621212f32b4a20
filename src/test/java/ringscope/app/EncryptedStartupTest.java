package ringscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import ringscope.store.CaseStore;
import ringscope.ui.FxWait;

/**
 * The real application starting on an encrypted last case: it asks for the passphrase before opening it, opens it
 * with the right one, and the passphrase ends up in no file under the RingScope home (recent cases, settings).
 */
class EncryptedStartupTest {
    private static final String PASSPHRASE = "s3cret at start-up";

    @TempDir
    Path tmp;

    private final FxRobot robot = new FxRobot();

    @AfterEach
    void clearProperties() throws Exception {
        System.clearProperty("ringscope.home");
        System.clearProperty("ringscope.datasets");
        FxToolkit.cleanupStages();
    }

    private static void waitUntil(String what, BooleanSupplier condition) {
        FxWait.until(what, 30, condition);
    }

    private boolean showing(String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void startingOnAnEncryptedLastCaseAsksForItsPassphraseAndWritesItNowhere() throws Exception {
        Path home = tmp.resolve("home");
        Path folder = tmp.resolve("cases").resolve("vault");
        char[] p = PASSPHRASE.toCharArray();
        CaseStore.create(folder, p).close();
        new JsonRecentCasesStore(home.resolve("recent-cases.json")).save(List.of(folder.toAbsolutePath()));
        System.setProperty("ringscope.home", home.toString());
        System.setProperty("ringscope.datasets", tmp.resolve("missing").toString());
        Stage stage = FxToolkit.registerPrimaryStage();

        Application app = FxToolkit.setupApplication(RingScopeApp.class);
        waitUntil("passphrase asked", () -> showing("#passphraseDialog"));
        assertThat(stage.getTitle()).as("nothing open before the passphrase").isEqualTo("RingScope");
        robot.clickOn("#openPassphrase").write(PASSPHRASE);
        robot.clickOn("#openWithPassphraseButton");
        waitUntil("case open", () -> "RingScope \u2014 vault".equals(stage.getTitle()));
        assertThat(robot.lookup("#statusLastOperation").queryAs(Label.class).getText())
                .isEqualTo("Opened case vault (encrypted at rest)");
        FxToolkit.cleanupApplication(app);

        assertThat(Files.readString(home.resolve("recent-cases.json"))).contains("vault");
        for (Path f : filesUnder(tmp)) {
            assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as("%s", f)
                    .doesNotContain(PASSPHRASE);
        }
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }
}
