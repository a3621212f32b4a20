package ringscope.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioReaderTest {
    private final ScenarioReader reader = new ScenarioReader();

    @Test
    void everyShippedScenarioReadsAndNamesItsFile() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("datasets/scenarios"))) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString()).contains("classroom-reseller.json",
                "hydra-campaign.json", "mixed-traps.json", "campaign-scale.json");
        for (Path f : files) {
            Scenario s = reader.read(f);
            assertThat(s.name() + ".json").isEqualTo(f.getFileName().toString());
            assertThat(s.end()).isBefore(java.time.Instant.parse("2026-11-01T00:00:00Z"));
        }
    }

    @Test
    void scenarioRenderedIntoDatasetJsonReadsBackEqual() throws Exception {
        Scenario s = TestDatasets.scenario(TestDatasets.ALL_KINDS);
        assertThat(reader.parse(Json.scenario(s).toString(), "rendered")).isEqualTo(s);
    }

    @Test
    void absentCampaignsAreNotPlanted() throws Exception {
        Scenario s = reader.read(Path.of("datasets/scenarios/classroom-reseller.json"));
        assertThat(s.plan().hydra()).isEmpty();
        assertThat(s.plan().release()).isEmpty();
        assertThat(s.plan().reseller()).isPresent();
        assertThat(s.plan().traps()).isEqualTo(Scenario.Traps.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown field           | \"seed\": 42,                     | \"seed\": 42, \"sede\": 1,          | unknown field(s) sede",
        "string for a number     | \"seed\": 42,                     | \"seed\": \"42\",                   | expected an integer",
        "fraction for an integer | \"days\": 10,                     | \"days\": 10.5,                     | expected an integer",
        "duplicate key           | \"seed\": 42,                     | \"seed\": 42, \"seed\": 43,         | Duplicate field",
        "days out of range       | \"days\": 10,                     | \"days\": 0,                        | outside [1, 366]",
        "start not on the hour   | \"start\": \"2026-09-01T00:00:00Z\" | \"start\": \"2026-09-01T00:30:00Z\" | whole hour",
        "unknown model           | \"model\": \"orion-pro-3\"          | \"model\": \"gpt-9\"                | unknown model gpt-9",
        "unknown nested field    | \"ci_bots\": 1,                   | \"ci_bots\": 1, \"cibots\": 2,      | traps: unknown field(s) cibots",
    })
    void readerRejectsMistakesNamingTheField(String what, String from, String to, String message) {
        String json = TestDatasets.ALL_KINDS.replace(from.strip(), to.strip());
        assertThat(json).as("fixture applies").isNotEqualTo(TestDatasets.ALL_KINDS);
        assertThatThrownBy(() -> reader.parse(json, "test")).isInstanceOf(ScenarioException.class)
                .hasMessageContaining(message);
    }

    @Test
    void readerRejectsTrailingContent() {
        assertThatThrownBy(() -> reader.parse(TestDatasets.ALL_KINDS + " {}", "test"))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void changingDaysRefusesToDropABanWave() throws Exception {
        Scenario s = TestDatasets.scenario(TestDatasets.ALL_KINDS);
        assertThat(s.withDays(9).days()).isEqualTo(9);
        assertThatThrownBy(() -> s.withDays(7)).isInstanceOf(IllegalArgumentException.class);
    }
}
