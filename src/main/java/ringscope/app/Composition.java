package ringscope.app;

import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import ringscope.casefile.CaseFileExporter;
import ringscope.casework.CaseworkService;
import ringscope.graph.GraphDataService;
import ringscope.importer.FormatDetector;
import ringscope.importer.ImportOptions;
import ringscope.importer.ImportService;
import ringscope.importer.MappedPreview;
import ringscope.importer.MappingSuggester;
import ringscope.importer.ProfileLibrary;
import ringscope.ui.AppStyle;
import ringscope.ui.BackgroundRunner;
import ringscope.ui.CaseOverviewViewModel;
import ringscope.ui.ErrorMessages;
import ringscope.ui.MainView;
import ringscope.ui.MainViewModel;
import ringscope.ui.OpenCase;
import ringscope.ui.RecentCaseList;
import ringscope.ui.Selection;
import ringscope.ui.casefile.CaseFileExport;
import ringscope.ui.casefile.CaseFileMenu;
import ringscope.ui.casefile.ReportViewer;
import ringscope.ui.casefile.ViewCapture;
import ringscope.ui.casework.CaseworkPanel;
import ringscope.ui.training.ExerciseMenu;
import ringscope.ui.casework.CaseworkViewModel;
import ringscope.ui.graph.GraphView;
import ringscope.ui.graph.GraphViewModel;
import ringscope.ui.timeline.TimeFilter;
import ringscope.ui.timeline.TimelineView;
import ringscope.ui.timeline.TimelineViewModel;
import ringscope.ui.wizard.ImportWizardView;
import ringscope.ui.wizard.ImportWizardViewModel;

/**
 * The composition root: builds every service, view model and view once, in constructors, and tears them down at exit.
 * Nothing else in the app constructs services. UI thread.
 */
final class Composition implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Composition.class.getName());
    private static final long PROGRESS_THROTTLE_MILLIS = 100;

    private final AppSettings settings;
    private final BackgroundRunner runner;
    private final MainViewModel mainViewModel;
    private final MainView mainView;
    /** Casework writes run on their own worker so that a tag or note never waits behind an import. */
    private final BackgroundRunner caseworkRunner;
    /** The one selection every view shares (graph, tables, timeline, casework). */
    private final Selection selection = new Selection();
    /** The case-wide time filter the timeline's brush sets; graph, tables and evidence bind to it. */
    private final TimeFilter timeFilter = new TimeFilter();
    /** Timeline queries run on their own worker so that zooming never waits behind an import or an analysis. */
    private final BackgroundRunner timelineRunner;
    private Stage wizardOwner;
    /** Graph views and layouts run on their own worker so that a layout never waits behind an import. */
    private final BackgroundRunner graphRunner;
    private final GraphView graphView;
    /** Case-file export and review run on their own worker (reading only; never behind an import). */
    private final BackgroundRunner casefileRunner;

    Composition(AppSettings settings, Runnable onQuit) {
        this.settings = settings;
        this.runner = new BackgroundRunner(Platform::runLater, PROGRESS_THROTTLE_MILLIS);
        RecentCaseList recent = new RecentCaseList(new JsonRecentCasesStore(settings.recentCasesFile()));
        this.mainViewModel = new MainViewModel(
                runner, new H2CaseOpener(ImportOptions.defaults()), recent, new CaseOverviewViewModel(runner));
        this.mainView = new MainView(mainViewModel, onQuit);
        this.caseworkRunner = new BackgroundRunner(Platform::runLater, PROGRESS_THROTTLE_MILLIS);
        String actor = actor();
        CaseworkViewModel casework = new CaseworkViewModel(caseworkRunner, selection,
                store -> new CaseworkService(store, actor));
        mainViewModel.currentCaseProperty().addListener((o, before, now) -> {
            selection.clear();
            casework.show(now == null ? null : now.store());
        });
        mainView.dock(new CaseworkPanel(casework).node());
        this.timelineRunner = new BackgroundRunner(Platform::runLater, PROGRESS_THROTTLE_MILLIS);
        TimelineViewModel timeline = new TimelineViewModel(timelineRunner, selection, timeFilter);
        mainViewModel.currentCaseProperty().addListener((o, before, now) -> {
            timeFilter.clear();
            timeline.show(now == null ? null : now.store());
        });
        javafx.scene.Node timelineNode = new TimelineView(timeline).node();
        mainView.addTab("Timeline", "timelineTab", timelineNode);
        this.graphRunner = new BackgroundRunner(Platform::runLater, PROGRESS_THROTTLE_MILLIS);
        GraphViewModel graph = new GraphViewModel(graphRunner, selection, GraphDataService::new);
        mainViewModel.currentCaseProperty().addListener((o, before, now) -> graph.show(now == null ? null
                : now.store()));
        // a new analysis run (Clusters tab) refreshes the cluster list; the graph then shows that run
        mainViewModel.clusters().clusters().addListener((javafx.collections.ListChangeListener<Object>) c -> {
            OpenCase open = mainViewModel.currentCaseProperty().get();
            graph.showIfNewRun(open == null ? null : open.store());
        });
        graph.followTime(timeFilter.rangeProperty());
        // every casework action lands in the history; a tag change recolours a graph coloured by tag
        casework.history().addListener((javafx.collections.ListChangeListener<Object>) c -> graph.refreshTags());
        graph.colourProperty().addListener((o, before, now) -> graph.refreshTags());
        // a cluster picked in the Clusters tab becomes the shared selection (timeline swimlanes, casework, graph)
        mainViewModel.clusters().setOnPicked(id -> selection.select(ringscope.model.Target.cluster(id)));
        this.graphView = new GraphView(graph);
        mainView.addTab("Graph", "graphTab", graphView.node());
        WindowState windowState = new WindowState(mainView, selection, timeFilter);
        windowState.register("graph", () -> {
            ringscope.graph.ViewSpec v = graph.currentView();
            com.fasterxml.jackson.databind.node.ObjectNode n =
                    com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            n.put("kind", v.kind().name()).put("id", v.id()).put("hops", v.hops());
            v.expanded().forEach(n.putArray("expanded")::add);
            n.put("colour", graph.colourProperty().get().name());
            return n;
        }, n -> {
            try {
                ringscope.graph.ViewSpec.Kind kind = ringscope.graph.ViewSpec.Kind.valueOf(n.path("kind").asText());
                java.util.List<Integer> expanded = new java.util.ArrayList<>();
                n.path("expanded").forEach(r -> expanded.add(r.asInt()));
                graph.open(new ringscope.graph.ViewSpec(kind, n.path("id").asLong(), n.path("hops").asInt(),
                        expanded));
                graph.colourProperty().set(ringscope.graph.ColourMode.valueOf(n.path("colour").asText()));
            } catch (IllegalArgumentException skipped) {
                // a view kind or colour this build does not know: the graph stays as it is
            }
        });
        casework.setViewState(windowState);
        mainViewModel.setMappedImport(this::openImportWizard);
        this.casefileRunner = new BackgroundRunner(Platform::runLater, PROGRESS_THROTTLE_MILLIS);
        CaseFileExport export = (store, target, profile, views, progress, cancel) -> new CaseFileExporter(store,
                new CaseworkService(store, actor)).export(target, profile, views, progress, cancel);
        // the bundle's pictures of the graph and the timeline, as the analyst left them (snapshots, UI thread)
        ViewCapture views = ViewCapture.graphAndTimeline(graphView.canvas(), timelineNode);
        mainView.addFileMenuItems(new CaseFileMenu(casefileRunner, export,
                mainViewModel.currentCaseProperty().isNotNull(),
                () -> mainViewModel.currentCaseProperty().get() == null ? null
                        : mainViewModel.currentCaseProperty().get().store(),
                () -> mainView.node().getScene() == null ? null : mainView.node().getScene().getWindow(),
                ReportViewer::web, views).items());
        mainView.addFileMenuItems(new ExerciseMenu(casefileRunner, mainViewModel.currentCaseProperty().isNotNull(),
                () -> mainViewModel.currentCaseProperty().get() == null ? null
                        : mainViewModel.currentCaseProperty().get().store(),
                store -> new CaseworkService(store, actor),
                () -> mainView.node().getScene() == null ? null : mainView.node().getScene().getWindow()).items());
    }

    /** The import wizard for third-party logs, in its own window; the import itself shows in the usual dialog. */
    private void openImportWizard(java.nio.file.Path file) {
        ImportWizardViewModel.Services services = new ImportWizardViewModel.Services(
                new ProfileLibrary(settings.profilesFolder()), new FormatDetector(), new MappedPreview(),
                new MappingSuggester(), (target, path, profile, progress, cancel) -> new ImportService(target.store())
                        .importMapped(path, profile, ImportOptions.defaults(), progress, cancel));
        ImportWizardViewModel wizard = new ImportWizardViewModel(runner, services,
                () -> mainViewModel.currentCaseProperty().get(), mainViewModel::trackImport);
        Stage stage = new Stage();
        stage.initOwner(wizardOwner);
        stage.setTitle("Import " + file.getFileName() + " \u2014 RingScope");
        Scene scene = new Scene(new ImportWizardView(wizard, stage::close).node(), 1200, 720);
        AppStyle.apply(scene);
        stage.setScene(scene);
        stage.show();
        wizard.open(file);
    }

    /** Who the action log records: the name set with {@code -Dringscope.actor}, else the OS user. */
    private static String actor() {
        String set = System.getProperty("ringscope.actor", "");
        String name = set.isBlank() ? System.getProperty("user.name", "") : set;
        return name.isBlank() ? "analyst" : name.strip();
    }

    /** Shows the main window and opens the last case (or sets up the sample on the first run). */
    void start(Stage stage) {
        wizardOwner = stage;
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> {
            LOG.log(Level.SEVERE, "unexpected error on the UI thread", e);
            mainViewModel.reportError(ErrorMessages.forUser("That action", e));
        });
        Scene scene = new Scene(mainView.node(), 1280, 800);
        AppStyle.apply(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(mainViewModel.titleBinding());
        stage.setMinWidth(640);
        stage.setMinHeight(400);
        stage.show();
        LOG.info("RingScope window shown");
        new StartupPlan(mainViewModel, settings).run();
    }

    MainViewModel mainViewModel() {
        return mainViewModel;
    }

    /** Cancels background work, waits for it to roll back, then closes the case database. */
    @Override
    public void close() {
        runner.close();
        caseworkRunner.close();
        timelineRunner.close();
        graphRunner.close();
        graphView.close();
        casefileRunner.close();
        mainViewModel.closeCase();
    }
}
