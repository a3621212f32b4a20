package ringscope.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.store.CaseDump;
import ringscope.store.CaseStore;

/** RELIABILITY.md J2, J3 and B7: no database server, no Jackson default typing, no dependence on the locale. */
class SecurityConfigTest {
    @TempDir
    Path tmp;

    @Test
    void openingACaseStartsNoDatabaseServer() throws Exception { // J2
        try (CaseStore store = CaseStore.create(tmp.resolve("c"))) {
            for (int port : new int[] {8082, 9092, 5435}) {
                try (ServerSocket s = new ServerSocket(port)) {
                    assertThat(s.isBound()).as("port %d is free", port).isTrue();
                }
            }
            assertThat(store.name()).isEqualTo("c");
        }
    }

    @Test
    void theStrictJsonMapperHasNoDefaultTyping() { // J3
        ObjectMapper m = StrictJson.mapper();

        assertThat(m.getSerializationConfig().getDefaultTyper(m.constructType(Object.class))).isNull();
        assertThat(m.getDeserializationConfig().getDefaultTyper(m.constructType(Object.class))).isNull();
    }

    @Test
    void anImportUnderAnAsciiDefaultCharsetGivesTheSameResult() throws Exception { // B7
        Path caseDir = tmp.resolve("ascii");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=US-ASCII", "-Dsun.jnu.encoding=US-ASCII", "-cp", System.getProperty("java.class.path"),
                ImportChild.class.getName(), caseDir.toString(), Fixtures.dataset("tiny-bad").toString())
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.equals("COMPLETE")) {
            assertThat(line).doesNotStartWith("FAILED");
        }
        p.destroyForcibly().waitFor();
        assertThat(line).isEqualTo("COMPLETE");

        try (CaseStore store = CaseStore.open(caseDir)) {
            assertThat(CaseDump.count(store, "SELECT COUNT(*) FROM interaction")).isEqualTo(2);
            assertThat(CaseDump.count(store, "SELECT COUNT(*) FROM rejection")).isEqualTo(8);
            assertThat(CaseDump.count(store, "SELECT COUNT(*) FROM interaction WHERE interaction_id IN ('i-0001',"
                    + " 'i-0009')")).isEqualTo(2);
            assertThat(CaseDump.count(store, "SELECT COUNT(*) FROM rejection WHERE LOCATE('caf\\xE9', raw_excerpt) > 0"))
                    .isEqualTo(1);
        }
    }
}
