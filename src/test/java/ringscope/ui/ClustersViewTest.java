package ringscope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import ringscope.model.ClusterMember;
import ringscope.ui.clusters.ClustersViewModel;

@ExtendWith(ApplicationExtension.class)
class ClustersViewTest {
    @TempDir
    Path tmp;

    private UiHarness ui;

    @Start
    void start(Stage stage) {
        ui = new UiHarness(null);
        ui.show(stage);
    }

    @AfterEach
    void tearDown() {
        ui.close();
    }

    @Test
    void analyzingTheSampleListsTheResellerClusterWithItsScorePartsAndMembers(FxRobot robot) {
        ui.createCase(tmp.resolve("case"));
        ui.startImport(Path.of("datasets", "classroom-reseller"));
        waitLong("import finished", () -> ui.currentImport() != null
                && ui.currentImport().phaseProperty().get() != ImportViewModel.Phase.RUNNING
                && !ui.runner.busyProperty().get());
        robot.interact(() -> robot.lookup("#mainTabs").queryAs(TabPane.class).getSelectionModel().select(1));
        robot.interact(() -> ui.vm.dismissImport());
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#analyzeButton");
        TableView<ClustersViewModel.ClusterRow> clusters = robot.lookup("#clustersTable").query();
        waitLong("clusters listed", () -> !clusters.getItems().isEmpty() && !ui.runner.busyProperty().get());
        ClustersViewModel.ClusterRow top = clusters.getItems().get(0);
        assertThat(top.size()).isEqualTo(40);
        assertThat(top.label()).startsWith("40 accounts: ");

        java.util.concurrent.atomic.AtomicLong picked = new java.util.concurrent.atomic.AtomicLong(-1);
        ui.vm.clusters().setOnPicked(picked::set);
        robot.interact(() -> clusters.getSelectionModel().select(0));
        // the pick is announced (the app puts it in the shared selection for the timeline, casework and graph)
        assertThat(picked.get()).isEqualTo(top.id());
        TableView<ClusterMember> members = robot.lookup("#membersTable").query();
        waitLong("members listed", () -> members.getItems().size() == 40);
        // the pooled cards of the planted reseller network are among the links that bind its members
        assertThat(members.getItems()).anySatisfy(m -> assertThat(m.rules()).contains("SHARED_PAYMENT"));
        TableView<ringscope.model.ScorePart> parts = robot.lookup("#scorePartsTable").query();
        assertThat(parts.getItems()).hasSize(11);
        assertThat(parts.getItems()).anySatisfy(p -> {
            assertThat(p.name()).isEqualTo("shared payment");
            assertThat(p.value()).isPositive();
        });
        assertThat(robot.lookup("#clustersStatus").queryAs(javafx.scene.control.Label.class).getText())
                .contains("clusters from");
    }

    /** The sample import and its analysis take seconds on a quiet machine but much longer on a loaded one. */
    private static void waitLong(String what, java.util.function.BooleanSupplier condition) {
        FxWait.until(what, 180, condition);
    }
}
