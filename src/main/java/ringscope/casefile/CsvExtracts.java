package ringscope.casefile;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import ringscope.casefile.CaseSnapshot.Receipt;
import ringscope.casefile.CaseSnapshot.TaggedAccount;
import ringscope.casefile.CaseSnapshot.TaggedCluster;
import ringscope.model.EvidenceRow;

/**
 * The three CSV extracts (UTF-8, CRLF, header row). Text cells pass through {@link CsvCells#neutralise}; numeric
 * columns are written as numbers and never prefixed. Stateless.
 */
final class CsvExtracts {
    private CsvExtracts() {}

    static byte[] accounts(CaseSnapshot s) {
        List<Object[]> rows = new ArrayList<>();
        for (TaggedAccount a : s.accounts()) {
            rows.add(new Object[] {text(a.accountId()), text(String.join("; ", a.tags())),
                text(String.join(" ", a.clusters().stream().map(String::valueOf).toList()))});
        }
        return csv(new String[] {"account_id", "tags", "clusters"}, rows);
    }

    static byte[] links(CaseSnapshot s) {
        List<Object[]> rows = new ArrayList<>();
        for (TaggedCluster c : s.clusters()) {
            for (Receipt r : c.links()) {
                rows.add(new Object[] {c.summary().id(), r.link().id(), text(r.accountA()), text(r.accountB()),
                    r.link().rule().name(), r.link().tier().name(), r.link().weight(), text(r.value()),
                    r.link().value().accounts(), r.rowCount(), CaseJsonWriter.time(r.link().firstMs()),
                    CaseJsonWriter.time(r.link().lastMs()), text(r.explanation())});
            }
        }
        return csv(new String[] {"cluster_id", "link_id", "account_a", "account_b", "rule", "tier", "weight",
            "shared_value", "value_accounts", "rows_behind", "first_seen", "last_seen", "explanation"}, rows);
    }

    static byte[] rows(CaseSnapshot s) {
        List<Object[]> rows = new ArrayList<>();
        for (TaggedCluster c : s.clusters()) {
            for (Receipt r : c.links()) {
                for (EvidenceRow e : r.rows()) {
                    rows.add(new Object[] {c.summary().id(), r.link().id(), e.table(), e.rowId(), text(e.fileName()),
                        e.sha256(), e.lineNo(), CaseJsonWriter.time(e.tsMs()), text(e.accountId()), text(e.text())});
                }
            }
        }
        return csv(new String[] {"cluster_id", "link_id", "table", "row_id", "source_file", "source_sha256", "line",
            "time", "account_id", "text"}, rows);
    }

    private static String text(String s) {
        return CsvCells.neutralise(s);
    }

    private static byte[] csv(String[] header, List<Object[]> rows) {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(header).get())) {
            for (Object[] r : rows) {
                p.printRecord(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing CSV to memory", e);
        }
        return w.toString().getBytes(StandardCharsets.UTF_8);
    }
}
