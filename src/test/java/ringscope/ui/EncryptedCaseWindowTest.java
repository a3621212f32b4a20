package ringscope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import ringscope.store.CaseStore;

/**
 * Encryption at rest through the window (issue 10): File ▸ New case with a passphrase typed twice, then opening the
 * case again, with the right passphrase (it opens), a wrong one (a clear message, the case file byte for byte
 * unchanged, another try offered) and cancel. The passphrase never reaches a log record or a file.
 */
@ExtendWith(ApplicationExtension.class)
class EncryptedCaseWindowTest {
    private static final String PASSPHRASE = "correct horse battery staple";
    private static final String WRONG = "incorrect horse";

    @TempDir
    Path tmp;

    private UiHarness ui;
    private final List<String> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            synchronized (logged) {
                logged.add(r.getMessage() + " " + r.getThrown());
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @Start
    void start(Stage stage) {
        Logger.getLogger("").addHandler(capture);
        ui = new UiHarness(null);
        ui.show(stage);
    }

    @AfterEach
    void tearDown() {
        ui.close();
        Logger.getLogger("").removeHandler(capture);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static boolean showing(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    private void closeCase() {
        UiHarness.waitUntil("runner idle", () -> !ui.runner.busyProperty().get());
        WaitForAsyncUtils.asyncFx(ui.vm::closeCase);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void createEncryptedCaseThroughTheDialog(FxRobot robot, Path folder) {
        robot.interact(() -> ui.view.newCase(folder));
        assertThat(robot.lookup("#createCaseButton").queryButton().isDisabled()).as("plain case allowed").isFalse();
        robot.clickOn("#encryptCase");
        assertThat(text(robot, "#encryptionNote")).contains("protects the case file at rest")
                .contains("integrity comes from the SHA-256 hashes of the case files");
        robot.clickOn("#newPassphrase").write(PASSPHRASE);
        robot.clickOn("#confirmPassphrase").write(PASSPHRASE + "!");
        assertThat(robot.lookup("#createCaseButton").queryButton().isDisabled()).as("mismatch blocks").isTrue();
        assertThat(showing(robot, "#passphraseMismatch")).isTrue();
        robot.eraseText(1);
        assertThat(showing(robot, "#passphraseMismatch")).isFalse();
        assertThat(robot.lookup("#createCaseButton").queryButton().isDisabled()).isFalse();
        robot.clickOn("#createCaseButton");
        Path abs = folder.toAbsolutePath().normalize();
        UiHarness.waitUntil("case created", () -> ui.vm.currentCaseProperty().get() != null
                && ui.vm.currentCaseProperty().get().folder().equals(abs) && !ui.runner.busyProperty().get());
    }

    private void answerPrompt(FxRobot robot, String passphrase) {
        UiHarness.waitUntil("passphrase asked", () -> showing(robot, "#passphraseDialog"));
        robot.clickOn("#openPassphrase").write(passphrase);
        robot.clickOn("#openWithPassphraseButton");
    }

    @Test
    void aCaseCreatedEncryptedInTheDialogOpensWithItsPassphraseAndAWrongOneLeavesItUntouched(FxRobot robot)
            throws Exception {
        Path folder = tmp.resolve("sealed-case");
        createEncryptedCaseThroughTheDialog(robot, folder);
        assertThat(CaseStore.isEncrypted(folder)).isTrue();
        assertThat(text(robot, "#statusLastOperation")).isEqualTo("Created case sealed-case (encrypted at rest)");
        ui.startImport(ImportThroughDialogTest.fixture("tiny"));
        ui.waitForImportEnd();
        closeCase();
        Path db = folder.resolve(CaseStore.DB_NAME + ".mv.db");
        // an unencrypted case file shows its table and column names in clear text
        assertThat(contains(Files.readAllBytes(db), "flyway_schema_history")).isFalse();
        assertThat(contains(Files.readAllBytes(db), "acct-001")).isFalse();
        String before = sha256(db);

        robot.interact(() -> ui.vm.openCase(folder));
        UiHarness.waitUntil("passphrase asked", () -> showing(robot, "#passphraseDialog"));
        assertThat(text(robot, "#passphraseMessage")).isEqualTo(
                "This case is encrypted. Enter its passphrase to open it.");
        answerPrompt(robot, WRONG);
        UiHarness.waitUntil("asked again", () -> showing(robot, "#passphraseDialog")
                && text(robot, "#passphraseMessage").startsWith("Wrong passphrase"));
        assertThat(text(robot, "#passphraseMessage")).isEqualTo(
                "Wrong passphrase. The case was not opened and is left untouched. Try again, or cancel.");
        assertThat(ui.vm.currentCaseProperty().get()).isNull();
        assertThat(sha256(db)).as("wrong passphrase leaves the file as it was").isEqualTo(before);

        robot.clickOn("#openPassphrase").write(PASSPHRASE);
        robot.clickOn("#openWithPassphraseButton");
        UiHarness.waitUntil("case open", () -> ui.vm.currentCaseProperty().get() != null
                && !ui.runner.busyProperty().get());
        assertThat(robot.window("RingScope \u2014 sealed-case")).isNotNull();
        assertThat(text(robot, "#statusLastOperation")).isEqualTo("Opened case sealed-case (encrypted at rest)");
        assertThat(ui.vm.currentCaseProperty().get().store().encrypted()).isTrue();
        closeCase();

        robot.interact(() -> ui.vm.openCase(folder));
        UiHarness.waitUntil("passphrase asked", () -> showing(robot, "#passphraseDialog"));
        robot.clickOn("#cancelPassphraseButton");
        UiHarness.waitUntil("prompt gone", () -> !showing(robot, "#passphraseDialog"));
        assertThat(ui.vm.currentCaseProperty().get()).isNull();
        assertThat(text(robot, "#statusLastOperation")).isEqualTo("Opening case sealed-case cancelled");

        for (Path f : filesUnder(tmp)) {
            assertThat(contains(Files.readAllBytes(f), PASSPHRASE)).as("passphrase in %s", f).isFalse();
        }
        synchronized (logged) {
            assertThat(logged).as("log records").isNotEmpty()
                    .noneMatch(m -> m.contains(PASSPHRASE) || m.contains(WRONG));
        }
    }

    @Test
    void aPlainCaseCreatedInTheDialogIsNotEncrypted(FxRobot robot) {
        Path folder = tmp.resolve("plain-case");
        robot.interact(() -> ui.view.newCase(folder));
        robot.clickOn("#createCaseButton");
        UiHarness.waitUntil("case created", () -> ui.vm.currentCaseProperty().get() != null
                && !ui.runner.busyProperty().get());
        assertThat(CaseStore.isEncrypted(folder)).isFalse();
        assertThat(text(robot, "#statusLastOperation")).isEqualTo("Created case plain-case");
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    private static boolean contains(byte[] hay, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + n.length <= hay.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (hay[i + j] != n[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static String sha256(Path f) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }
}
