package ringscope.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The arrows of docs/architecture.md: app → ui → services → store → model, and who may touch JavaFX and JDBC. */
@AnalyzeClasses(packages = "ringscope", importOptions = ArchitectureTest.MainClassesOnly.class)
class ArchitectureTest {
    /** Main classes only, wherever the build directory is (-Drs.build.dir moves it away from target/). */
    static final class MainClassesOnly implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("/test-classes/");
        }
    }

    @ArchTest
    static final ArchRule layersPointOneWay = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("app").definedBy("ringscope.app..")
            .layer("ui").definedBy("ringscope.ui..")
            .layer("cli").definedBy("ringscope.cli..")
            .layer("services").definedBy("ringscope.importer..", "ringscope.analysis..", "ringscope.timeline..",
                    "ringscope.graph..", "ringscope.casework..", "ringscope.casefile..", "ringscope.training..")
            .layer("store").definedBy("ringscope.store..")
            .layer("model").definedBy("ringscope.model..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
            .whereLayer("services").mayOnlyBeAccessedByLayers("app", "ui", "cli", "services")
            .whereLayer("store").mayOnlyBeAccessedByLayers("app", "ui", "cli", "services")
            .whereLayer("model").mayOnlyBeAccessedByLayers("app", "ui", "cli", "services", "store");

    @ArchTest
    static final ArchRule modelDependsOnJavaBaseOnly = noClasses()
            .that().resideInAPackage("ringscope.model..")
            .should().dependOnClassesThat().resideOutsideOfPackages("ringscope.model..", "java..");

    @ArchTest
    static final ArchRule onlyUiAndAppTouchJavaFx = noClasses()
            .that().resideOutsideOfPackages("ringscope.ui..", "ringscope.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..",
                    "org.graphstream.ui.fx_viewer..", "org.graphstream.ui.javafx..");

    @ArchTest
    static final ArchRule onlyStoreTouchesJdbc = noClasses()
            .that().resideOutsideOfPackages("ringscope.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..");

    @ArchTest
    static final ArchRule servicesDoNotCallEachOtherInCycles = slices().matching("ringscope.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule nobodyInterruptsThreads = noClasses()
            .should().callMethod(Thread.class, "interrupt")
            .because("an interrupt inside H2 JDBC corrupted the database (STACK.md); cancel with a CancelToken");
}
