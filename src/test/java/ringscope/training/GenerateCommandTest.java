package ringscope.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import ringscope.cli.GenerateCommand;

class GenerateCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = new CommandLine(new GenerateCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void generateWritesTheDatasetWithTheOverriddenSeedAndScale() throws Exception {
        Path scenario = Files.writeString(tmp.resolve("s.json"), TestDatasets.ALL_KINDS);
        Path target = tmp.resolve("out");
        int code = run(scenario.toString(), "--out", target.toString(), "--seed", "7", "--scale", "0.5",
                "--gzip");
        assertThat(code).as(err.toString()).isZero();
        assertThat(target.resolve("interactions.csv.gz")).exists();
        var info = new com.fasterxml.jackson.databind.ObjectMapper().readTree(target.resolve("dataset.json")
                .toFile());
        assertThat(info.get("seed").asLong()).isEqualTo(7);
        assertThat(info.get("scenario_parameters").get("background").get("accounts").asInt()).isEqualTo(150);
        assertThat(out.toString()).contains("generated test-all-kinds (seed 7)")
                .contains("interactions.csv.gz");
    }

    @Test
    void aBadScenarioExitsWithTwoAndSaysWhy() throws Exception {
        Path scenario = Files.writeString(tmp.resolve("s.json"), TestDatasets.ALL_KINDS.replace("\"days\": 10",
                "\"days\": -1"));
        assertThat(run(scenario.toString(), "--out", tmp.resolve("out").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("days").contains("outside");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void aNonEmptyOutputFolderExitsWithTwo() throws Exception {
        Path scenario = Files.writeString(tmp.resolve("s.json"), TestDatasets.ALL_KINDS);
        assertThat(run(scenario.toString(), "--out", tmp.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("not usable");
    }
}
