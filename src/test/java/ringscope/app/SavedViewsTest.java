package ringscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import ringscope.casework.CaseworkService;
import ringscope.model.SavedView;
import ringscope.model.Target;
import ringscope.model.TimeRange;
import ringscope.store.CaseStore;
import ringscope.ui.BackgroundRunner;
import ringscope.ui.CaseOpener;
import ringscope.ui.CaseOverviewViewModel;
import ringscope.ui.FxWait;
import ringscope.ui.MainView;
import ringscope.ui.MainViewModel;
import ringscope.ui.OpenCase;
import ringscope.ui.RecentCaseList;
import ringscope.ui.RecentCasesStore;
import ringscope.ui.Selection;
import ringscope.ui.casework.CaseworkPanel;
import ringscope.ui.casework.CaseworkViewModel;
import ringscope.ui.timeline.TimeFilter;

/**
 * A saved view on a real temp-dir case: the window's tab, selection and time filter are saved by name from the
 * casework panel, changed, and put back by opening the view; the view is stored in the case (and its action log).
 */
@ExtendWith(ApplicationExtension.class)
class SavedViewsTest {
    @TempDir
    Path tmp;

    private BackgroundRunner runner;
    private final Selection selection = new Selection();
    private final TimeFilter filter = new TimeFilter();
    private MainView main;
    private CaseworkViewModel casework;
    private CaseStore store;

    @Start
    void start(Stage stage) {
        runner = new BackgroundRunner(Platform::runLater, 50);
        CaseOpener unused = new CaseOpener() {
            @Override
            public OpenCase open(Path folder, char[] passphrase) {
                throw new UnsupportedOperationException();
            }

            @Override
            public OpenCase create(Path folder, char[] passphrase) {
                throw new UnsupportedOperationException();
            }
        };
        main = new MainView(new MainViewModel(runner, unused, new RecentCaseList(RecentCasesStore.NONE),
                new CaseOverviewViewModel(runner)), () -> {});
        main.addTab("Timeline", "timelineTab", new javafx.scene.control.Label("timeline"));
        casework = new CaseworkViewModel(runner, selection, s -> new CaseworkService(s, "tester"));
        casework.setViewState(new WindowState(main, selection, filter));
        stage.setScene(new Scene(new HBox(main.node(), new CaseworkPanel(casework).node()), 1200, 760));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        runner.shutdown(10_000);
        if (store != null) {
            store.close();
        }
    }

    @Test
    void aSavedViewPutsBackTheTabTheSelectionAndTheTimeFilter(FxRobot robot) {
        store = CaseStore.create(tmp.resolve("case"));
        robot.interact(() -> casework.show(store));
        waitUntil("casework read", () -> casework.availableProperty().get(), robot);

        TimeRange week = new TimeRange(1_767_225_600_000L, 1_767_830_400_000L);
        robot.interact(() -> {
            main.selectTab("timelineTab");
            selection.set(List.of(Target.account("acc-7"), Target.cluster(42)));
            filter.set(week);
        });
        javafx.scene.control.TabPane tabs = robot.lookup("#caseworkTabs").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "caseworkViewsTab".equals(t.getId())).findFirst().orElseThrow()));
        robot.clickOn("#savedViewName").write("hydra week 1");
        assertThat(robot.lookup("#savedViewName").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("hydra week 1");
        robot.clickOn("#saveViewButton");
        ListView<SavedView> views = robot.lookup("#savedViewList").queryListView();
        waitUntil("view saved", () -> views.getItems().size() == 1, robot);

        robot.interact(() -> {
            main.selectTab("overviewTab");
            selection.clear();
            filter.clear();
        });
        robot.interact(() -> views.getSelectionModel().select(0));
        robot.clickOn("#openViewButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(main.selectedTabId()).isEqualTo("timelineTab");
        assertThat(selection.targets()).containsExactly(Target.account("acc-7"), Target.cluster(42));
        assertThat(selection.focusProperty().get()).isEqualTo(Target.cluster(42));
        assertThat(filter.get()).isEqualTo(week);

        // stored in the case: a fresh service reads the same view, and saving it was logged
        CaseworkService check = new CaseworkService(store, "checker");
        assertThat(check.queries().views()).singleElement().satisfies(v -> {
            assertThat(v.name()).isEqualTo("hydra week 1");
            assertThat(v.stateJson()).contains("\"tab\":\"timelineTab\"").contains("acc-7");
        });
        assertThat(check.log().verify().ok()).isTrue();
    }

    @Test
    void aViewWithPartsThisBuildDoesNotKnowStillOpens(FxRobot robot) {
        WindowState state = new WindowState(main, selection, filter);
        robot.interact(() -> state.restore("{\"version\":9,\"tab\":\"nope\",\"selection\":[{\"kind\":\"PLANET\","
                + "\"key\":\"x\"},{\"kind\":\"ACCOUNT\",\"key\":\"acc-1\"}],\"timeFilter\":{\"fromMs\":5,\"toMs\":1}}"));
        assertThat(selection.targets()).containsExactly(Target.account("acc-1"));
        assertThat(filter.get()).isNull();
        robot.interact(() -> state.restore("not json at all"));
        assertThat(selection.targets()).containsExactly(Target.account("acc-1"));
    }

    private static void waitUntil(String what, BooleanSupplier condition, FxRobot robot) {
        FxWait.until(what, 20, condition, () -> "status: "
                + robot.lookup("#caseworkStatus").queryAs(javafx.scene.control.Label.class).getText());
    }
}
