package ringscope.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Redaction of free text: what is masked, and that no text makes the patterns fail. */
class RedactorTest {
    private final Redactor redactor = new Redactor(ExportProfile.REDACTED);

    @Test
    void addressesAndDomainsAreMaskedAndTheRestKept() {
        String out = redactor.text("from 203.0.113.7 via mail.example.com, then x.y.co.uk. Done.", true);

        assertThat(out).doesNotContain("203.0.113.7", "example.com", "co.uk").contains("from ", " via ", "Done.");
    }

    @Test
    void aTextOfThousandsOfDottedLabelsIsMaskedWithoutOverflowingTheStack() {
        // 20,000 labels: the unbounded pattern recursed once per label and threw StackOverflowError at ~2,000
        String dotted = "a.".repeat(20_000) + "com";

        String out = redactor.text("see " + dotted + " now", true);

        assertThat(out).startsWith("see ").endsWith(" now").doesNotContain("a.a.a.a.com").hasSizeLessThan(
                dotted.length());
    }
}
