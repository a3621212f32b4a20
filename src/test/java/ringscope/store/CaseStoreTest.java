package ringscope.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseStoreTest {
    @TempDir
    Path tmp;

    @Test
    void createsTheSchemaOnAnEmptyCase() throws Exception {
        try (CaseStore store = CaseStore.create(tmp.resolve("new-case"))) {
            assertThat(CaseDump.count(store, "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" AND \"type\" = 'SQL'"))
                    .isEqualTo(migrationCount());
            assertThat(new CaseOverviewRepository(store).tableCounts()).allMatch(t -> t.rows() == 0);
        }
        assertThat(tmp.resolve("new-case/case.mv.db")).exists();
    }

    @Test
    void reopensAnExistingCaseKeepingItsDataAndSchemaVersion() throws Exception {
        try (CaseStore store = CaseStore.create(tmp.resolve("c"))) {
            try (var c = store.connect(); var s = c.createStatement()) {
                s.executeUpdate("INSERT INTO case_info VALUES ('title', 'kept')");
            }
        }
        try (CaseStore store = CaseStore.open(tmp.resolve("c"))) {
            assertThat(CaseDump.count(store, "SELECT COUNT(*) FROM case_info WHERE info_value = 'kept'"))
                    .isEqualTo(1);
            assertThat(CaseDump.count(store, "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"type\" = 'SQL'"))
                    .isEqualTo(migrationCount());
        }
    }

    @Test
    void openingAMissingCaseSaysNoCaseFoundAndCreatesNothing() {
        assertThatThrownBy(() -> CaseStore.open(tmp.resolve("absent")))
                .isInstanceOf(CaseStoreException.class)
                .hasMessageContaining("No case found");
        assertThat(tmp.resolve("absent")).doesNotExist();
    }

    @Test
    void refusesCaseFolderNamesThatWouldInjectUrlSettings() {
        for (String name : List.of("x;INIT=RUNSCRIPT FROM 'evil.sql'", "x;FILE_LOCK=NO", "it's")) {
            assertThatThrownBy(() -> CaseStore.create(tmp.resolve(name)))
                    .isInstanceOf(CaseStoreException.class)
                    .hasMessageContaining("may not contain");
        }
        assertThat(tmp.toFile().list()).isEmpty();
    }

    @Test
    void aSecondProcessOnTheSameCaseGetsAClearMessage() throws Exception {
        Path folder = tmp.resolve("shared");
        CaseStore.create(folder).close();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), HoldCaseOpen.class.getName(), folder.toString())
                .redirectErrorStream(true)
                .start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("OPEN");

            assertThatThrownBy(() -> CaseStore.open(folder))
                    .isInstanceOfSatisfying(CaseStoreException.class,
                            e -> assertThat(e.kind()).isEqualTo(CaseStoreException.Kind.OPEN_ELSEWHERE))
                    .hasMessageContaining("open in another window");
        } finally {
            child.getOutputStream().close();
            child.waitFor();
        }
        try (CaseStore again = CaseStore.open(folder)) {
            assertThat(again.name()).isEqualTo("shared");
        }
    }

    @Test
    void aRunLeftRunningByACrashIsMarkedInterruptedAtOpen() throws Exception {
        try (CaseStore store = CaseStore.create(tmp.resolve("c"))) {
            new ImportRuns(store).start("/data/x", 1L);
        }
        try (CaseStore store = CaseStore.open(tmp.resolve("c"))) {
            assertThat(new CaseOverviewRepository(store).importRuns())
                    .extracting(r -> r.status().name())
                    .containsExactly("INTERRUPTED");
        }
    }

    @Test
    void damagedCaseFileIsReportedAndLeftUntouched() throws Exception {
        Path folder = tmp.resolve("damaged");
        Files.createDirectories(folder);
        byte[] garbage = "this is not an H2 database file at all, just text pretending".repeat(100)
                .getBytes(StandardCharsets.UTF_8);
        Files.write(folder.resolve("case.mv.db"), garbage);

        assertThatThrownBy(() -> CaseStore.open(folder)).isInstanceOf(CaseStoreException.class);
        assertThat(Files.readAllBytes(folder.resolve("case.mv.db"))).isEqualTo(garbage);
    }

    private static long migrationCount() throws Exception {
        try (var files = Files.list(Path.of(CaseStoreTest.class.getResource("/db/migration").toURI()))) {
            return files.count();
        }
    }
}
