package ringscope.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The redacted profile masks addresses, domains and prompt values everywhere, and keeps every count. */
class RedactionTest {
    @TempDir
    Path tmp;

    ExportedCase c;

    @BeforeEach
    void open() {
        c = new ExportedCase(tmp);
    }

    @AfterEach
    void close() {
        c.close();
    }

    @Test
    void redactedBundleHoldsNoAddressDomainOrTemplateAndTheSameCounts() {
        BundleContents full = new BundleReader().read(c.export(tmp.resolve("full.ringcase"), ExportProfile.FULL)
                .file());
        BundleContents red = new BundleReader().read(c.export(tmp.resolve("red.ringcase"), ExportProfile.REDACTED)
                .file());
        assertThat(new BundleVerifier().verify(red, "").ok()).isTrue();
        String fullText = all(full);
        assertThat(fullText).contains("198.51.100.7").contains("mailbox.example").contains("tpl-x");
        String redText = all(red);
        assertThat(redText).doesNotContain("198.51.100.7").doesNotContain("mailbox.example").doesNotContain("tpl-x")
                .contains("ip#");
        JsonNode f = CaseFileJson.read("full", full.bytes(CaseFileFormat.CASE_JSON).orElseThrow());
        JsonNode r = CaseFileJson.read("red", red.bytes(CaseFileFormat.CASE_JSON).orElseThrow());
        assertThat(r.path("figures").toString().replaceAll("\"source\":\"[^\"]*\"", ""))
                .isEqualTo(f.path("figures").toString().replaceAll("\"source\":\"[^\"]*\"", ""));
        assertThat(r.path("profile").path("name").asText()).isEqualTo("redacted");
        assertThat(r.path("otherClusters")).isEmpty();
    }

    private static String all(BundleContents b) {
        StringBuilder s = new StringBuilder();
        b.names().forEach(n -> s.append(new String(b.bytes(n).orElseThrow(), StandardCharsets.UTF_8)));
        return s.toString();
    }
}
