package ringscope.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.casework.ChainVerifier;
import ringscope.model.ActionEvent;
import ringscope.model.ClusterMember;
import ringscope.model.LinkRecord;
import ringscope.model.SourceFileInfo;
import ringscope.store.CaseOverviewRepository;

/** Export, verify, read back: the bundle says what the case says (RELIABILITY G1, H3, H4). */
class CaseFileRoundTripTest {
    @TempDir
    Path tmp;

    ExportedCase c;
    ExportResult result;
    BundleContents bundle;
    JsonNode json;

    @BeforeEach
    void export() {
        c = new ExportedCase(tmp);
        result = c.export(tmp.resolve("out/tiny" + CaseFileFormat.EXTENSION), ExportProfile.FULL);
        bundle = new BundleReader().read(result.file());
        json = CaseFileJson.read("case.json", bundle.bytes(CaseFileFormat.CASE_JSON).orElseThrow());
    }

    @AfterEach
    void close() {
        c.close();
    }

    @Test
    void exportedBundleVerifiesWithItsRootHash() {
        Verification v = new BundleVerifier().verify(bundle, result.rootHash());
        assertThat(v.findings()).isEmpty();
        assertThat(v.ok()).isTrue();
        assertThat(v.rootHash()).isEqualTo(result.rootHash()).hasSize(64);
        assertThat(v.entriesChecked()).isEqualTo(CaseFileFormat.DATA_ENTRIES.size() + 1);
        assertThat(v.actionEvents()).isEqualTo(c.casework.log().events().size());
        assertThat(bundle.names()).containsExactlyInAnyOrderElementsOf(allEntries());
        assertThat(bundle.text(CaseFileFormat.REPORT).orElseThrow()).contains(result.rootHash());
    }

    @Test
    void wrongExpectedRootHashFailsNamingTheManifest() {
        Verification v = new BundleVerifier().verify(bundle, "0".repeat(64));
        assertThat(v.ok()).isFalse();
        assertThat(v.findings()).extracting(Verification.Finding::entry).containsExactly(CaseFileFormat.MANIFEST);
    }

    @Test
    void caseJsonHoldsTheSameNumbersAsTheCase() {
        List<ClusterMember> members = c.analysis.members(c.cluster.id());
        List<LinkRecord> links = c.analysis.linksInCluster(c.cluster.id());
        long rows = links.stream().mapToLong(l -> c.analysis.rowCountBehindLink(l.id())).sum();
        JsonNode tagged = json.path("taggedClusters");
        assertThat(tagged).hasSize(1);
        JsonNode cl = tagged.get(0);
        assertThat(cl.path("id").asLong()).isEqualTo(c.cluster.id());
        assertThat(cl.path("score").asDouble()).isEqualTo(c.cluster.score());
        assertThat(cl.path("tags").get(0).asText()).isEqualTo("reseller network");
        assertThat(texts(cl.path("members"), "accountId"))
                .containsExactlyElementsOf(members.stream().map(ClusterMember::accountId).toList());
        assertThat(cl.path("links")).hasSize(links.size());
        assertThat(cl.path("rowsBehindLinks").asLong()).isEqualTo(rows).isPositive();
        JsonNode firstLink = cl.path("links").get(0);
        assertThat(firstLink.path("rows").size()).isEqualTo((int) Math.min(CaseFileFormat.ROWS_PER_LINK,
                c.analysis.rowCountBehindLink(firstLink.path("id").asLong())));
        assertThat(cl.path("whyTogether").size()).isPositive();

        List<SourceFileInfo> files = new CaseOverviewRepository(c.store).sourceFiles();
        JsonNode jf = json.path("sources").path("files");
        assertThat(jf).hasSize(files.size());
        for (int i = 0; i < files.size(); i++) {
            assertThat(jf.get(i).path("sha256").asText()).isEqualTo(files.get(i).report().sha256());
            assertThat(jf.get(i).path("imported").asLong()).isEqualTo(files.get(i).report().imported());
        }
        assertThat(json.path("case").path("classification").asText()).isEqualTo("CONFIDENTIAL - LEGAL");
        assertThat(json.path("case").path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(json.path("casework").path("notes").get(0).path("text").asText())
                .isEqualTo("Same card, same IP, minutes apart.");
        assertThat(json.path("analysisRuns").get(0).path("parameters").path("clustering").path("minClusterSize")
                .asInt()).isEqualTo(2);
    }

    @Test
    void everyFigureInTheReportNamesItsSourceAndMatchesCaseJson() {
        String html = bundle.text(CaseFileFormat.REPORT).orElseThrow();
        JsonNode figures = json.path("figures");
        assertThat(figures.size()).isGreaterThan(5);
        for (JsonNode f : figures) {
            assertThat(f.path("source").asText()).isNotBlank();
            assertThat(html).contains(HtmlReport.e(f.path("source").asText()));
        }
        long members = value(figures, "cluster." + c.cluster.id() + ".members");
        assertThat(members).isEqualTo(json.path("taggedClusters").get(0).path("members").size());
        long rows = value(figures, "cluster." + c.cluster.id() + ".rows");
        assertThat(rows).isEqualTo(json.path("taggedClusters").get(0).path("rowsBehindLinks").asLong());
        assertThat(html).contains("id=\"banner-top\">CONFIDENTIAL - LEGAL<")
                .contains("id=\"banner-bottom\">CONFIDENTIAL - LEGAL<");
        assertThat(html.split("<section", -1).length - 1)
                .isEqualTo((html.split("<div class=\"banner\">CONFIDENTIAL - LEGAL</div>", -1).length - 1) / 2);
    }

    @Test
    void actionLogReadBackHasTheSameChainAsTheCase() {
        List<ActionEvent> back = ActionLogCodec.read(bundle.bytes(CaseFileFormat.ACTION_LOG).orElseThrow());
        assertThat(back).isEqualTo(c.casework.log().events());
        assertThat(ChainVerifier.verify(back).headHash()).isEqualTo(c.casework.log().verify().headHash());
        assertThat(json.path("actionLog").path("headHash").asText()).isEqualTo(c.casework.log().verify().headHash());
    }

    @Test
    void extractsListTaggedAccountsTheirLinksAndRows() {
        String accounts = bundle.text(CaseFileFormat.ACCOUNTS_CSV).orElseThrow();
        assertThat(accounts).startsWith("account_id,tags,clusters\r\n");
        for (ClusterMember m : c.analysis.members(c.cluster.id())) {
            assertThat(accounts).contains("\r\n" + m.accountId() + ",");
        }
        String links = bundle.text(CaseFileFormat.LINKS_CSV).orElseThrow();
        assertThat(links.split("\r\n")).hasSize(1 + c.analysis.linksInCluster(c.cluster.id()).size());
        String rows = bundle.text(CaseFileFormat.ROWS_CSV).orElseThrow();
        assertThat(rows).contains(new CaseOverviewRepository(c.store).sourceFiles().get(0).report().sha256());
        String graphml = bundle.text(CaseFileFormat.GRAPHML).orElseThrow();
        assertThat(graphml).contains("<node id=\"acct-001\"").contains("<node id=\"acct-002\"").contains("<edge ");
        String timeline = bundle.text(CaseFileFormat.TIMELINE).orElseThrow();
        for (String line : timeline.split("\n")) {
            JsonNode o = CaseFileJson.read("timeline", line.getBytes(StandardCharsets.UTF_8));
            assertThat(o.path("message").asText()).isNotBlank();
            assertThat(o.path("datetime").asText()).endsWith("Z");
            assertThat(o.path("timestamp_desc").asText()).isNotBlank();
        }
    }

    @Test
    void formulaLikeCellsAreNeutralisedInTheCsvButRawInCaseJson() {
        String accounts = bundle.text(CaseFileFormat.ACCOUNTS_CSV).orElseThrow();
        assertThat(accounts).contains("\"'=HYPERLINK(\"\"http://x\"\")");
        assertThat(accounts).doesNotContain(",\"=HYPERLINK");
        JsonNode acct = null;
        for (JsonNode a : json.path("taggedAccounts")) {
            if (a.path("accountId").asText().equals("acct-001")) {
                acct = a;
            }
        }
        assertThat(acct).isNotNull();
        assertThat(texts(acct.path("tags"), null)).contains("=HYPERLINK(\"http://x\")");
    }

    @Test
    void reviewedCaseFileSummarisesTheCase() {
        ReviewedCaseFile r = ReviewedCaseFile.open(result.file(), "");
        assertThat(r.verification().ok()).isTrue();
        assertThat(r.summaryLines()).contains("Classification: CONFIDENTIAL - LEGAL")
                .anyMatch(l -> l.startsWith("  cluster " + c.cluster.id() + " [reseller network]: "
                        + c.analysis.members(c.cluster.id()).size() + " accounts"));
        assertThat(r.reportHtml().orElseThrow()).contains(result.rootHash());
    }

    private static long value(JsonNode figures, String id) {
        for (JsonNode f : figures) {
            if (f.path("id").asText().equals(id)) {
                return f.path("value").asLong();
            }
        }
        throw new AssertionError("no figure " + id);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(field == null ? n.asText() : n.path(field).asText()));
        return out;
    }

    static List<String> allEntries() {
        List<String> all = new ArrayList<>(CaseFileFormat.DATA_ENTRIES);
        all.add(CaseFileFormat.REPORT);
        all.add(CaseFileFormat.MANIFEST);
        return all;
    }
}
