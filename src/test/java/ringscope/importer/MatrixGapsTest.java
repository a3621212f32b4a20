package ringscope.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.model.CancelToken;
import ringscope.model.ImportReport;
import ringscope.model.ImportStatus;
import ringscope.model.ProgressSink;
import ringscope.store.CaseDump;
import ringscope.store.CaseOverviewRepository;
import ringscope.store.CaseStore;

/** Rows of the bad-input matrix (RELIABILITY.md) that BadInputTest and ImportServiceTest did not cover: A6, A8, C2. */
class MatrixGapsTest {
    @TempDir
    Path tmp;

    private CaseStore store;

    @BeforeEach
    void open() {
        store = CaseStore.create(tmp.resolve("case"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Path dataset(String interactions) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("ds" + System.nanoTime()));
        Files.writeString(dir.resolve("accounts.csv"), BadInputTest.ACCOUNTS, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("interactions.csv"), BadInputTest.HEADER + interactions, StandardCharsets.UTF_8);
        return dir;
    }

    private ImportReport importDataset(Path dir, ProgressSink progress) {
        return new ImportService(store).importDataset(dir, ImportOptions.defaults(), progress, CancelToken.none());
    }

    @Test
    void garbageAfterAClosingQuoteFailsTheFileNamingTheLineAndChangesNothing() throws Exception { // C2
        String before = CaseDump.of(store);

        ImportReport r = importDataset(dataset(BadInputTest.GOOD
                + "\"i2\"x,2026-03-01T09:00:00Z,a1,k,,,,,1,2,3,,,\n"), ProgressSink.NONE);

        assertThat(r.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(r.message()).contains("CSV syntax error after line 2").contains("Invalid character");
        assertThat(CaseDump.of(store)).isEqualTo(before);
    }

    @Test
    void aFileThatChangesDuringTheImportFailsItAndRollsBack() throws Exception { // A6
        Path dir = dataset(BadInputTest.GOOD + BadInputTest.GOOD.replace("i1,", "i2,"));
        String before = CaseDump.of(store);
        AtomicBoolean appended = new AtomicBoolean();

        ImportReport r = importDataset(dir, p -> {
            if (p.stage().equals("interactions.csv") && appended.compareAndSet(false, true)) {
                try {
                    Files.writeString(dir.resolve("interactions.csv"), BadInputTest.GOOD.replace("i1,", "i3,"),
                            StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });

        assertThat(appended).isTrue();
        assertThat(r.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(r.message()).contains("interactions.csv").contains("source changed during import");
        assertThat(CaseDump.of(store)).isEqualTo(before);
        assertThat(new CaseOverviewRepository(store).importRuns()).extracting(s -> s.status())
                .containsExactly(ImportStatus.FAILED);
    }

    /** Serves the wrapped bytes, then fails like a disk or network read error. */
    private static final class FailingAfter extends FilterInputStream {
        private long left;

        FailingAfter(InputStream in, long bytes) {
            super(in);
            this.left = bytes;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                throw new IOException("Input/output error (simulated)");
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            left -= Math.max(n, 0);
            return n;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }
    }

    @Test
    void anIoErrorMidReadIsReportedAsAnIoErrorNotAsBadCsv() throws Exception { // A8
        byte[] content = (BadInputTest.HEADER + BadInputTest.GOOD.repeat(3000)).getBytes(StandardCharsets.UTF_8);
        RowReader reader = new CsvRowReader(FileKind.INTERACTIONS, new FailingAfter(new ByteArrayInputStream(content),
                100_000));

        assertThatThrownBy(() -> {
            while (reader.next() != null) {
                // read until the simulated error
            }
        }).isInstanceOf(IOException.class).isNotInstanceOf(ImportFileException.class)
                .hasMessageContaining("Input/output error");
    }

    @Test
    void anUnreadableSourceFileFailsNamingItsPathAndChangesNothing() throws Exception { // A8
        Path dir = dataset("");
        Files.delete(dir.resolve("interactions.csv"));
        Files.createDirectory(dir.resolve("interactions.csv")); // exists, but cannot be read as a file
        String before = CaseDump.of(store);

        ImportReport r = importDataset(dir, ProgressSink.NONE);

        assertThat(r.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(r.message()).contains("interactions.csv");
        assertThat(CaseDump.of(store)).isEqualTo(before);
    }
}
