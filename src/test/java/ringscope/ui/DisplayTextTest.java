package ringscope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayTextTest {
    @Test
    void escapeShowsBidiOverrideAsItsCodePoint() {
        assertThat(DisplayText.escape("invoice\u202Efdp.exe")).isEqualTo("invoice\\u202Efdp.exe");
    }

    @Test
    void escapeShowsIsolatesZeroWidthCharactersAndBomAsCodePoints() {
        assertThat(DisplayText.escape("a\u2066b\u2069c\u200Bd\uFEFFe\u200Ef"))
                .isEqualTo("a\\u2066b\\u2069c\\u200Bd\\uFEFFe\\u200Ef");
    }

    @Test
    void escapeShowsControlCharactersAndLineBreaks() {
        assertThat(DisplayText.escape("a\tb\r\nc\u0000d\u001Be\u2028f\u0085"))
                .isEqualTo("a\\tb\\r\\nc\\u0000d\\u001Be\\u2028f\\u0085");
    }

    @Test
    void escapeShowsLoneSurrogatesButKeepsPairs() {
        assertThat(DisplayText.escape("x\uD800y\uDC00z\uD83D\uDE00")).isEqualTo("x\\uD800y\\uDC00z\uD83D\uDE00");
    }

    @Test
    void escapeLeavesOrdinaryTextOfAnyScriptAlone() {
        String text = "Zo\u00EB, \u65E5\u672C\u8A9E, \u0627\u0644\u0639\u0631\u0628\u064A\u0629, caf\\xE9 \"q\",1";
        assertThat(DisplayText.escape(text)).isEqualTo(text);
        assertThat(DisplayText.escape(null)).isEmpty();
    }

    @Test
    void formatsCountsBytesDurationsAndTimes() {
        assertThat(DisplayText.count(1234567)).isEqualTo("1,234,567");
        assertThat(DisplayText.bytes(512)).isEqualTo("512 B");
        assertThat(DisplayText.bytes(1536)).isEqualTo("1.5 KiB");
        assertThat(DisplayText.bytes(3L * 1024 * 1024 * 1024)).isEqualTo("3.0 GiB");
        assertThat(DisplayText.duration(65_000)).isEqualTo("1:05");
        assertThat(DisplayText.duration(3_723_000)).isEqualTo("1:02:03");
        assertThat(DisplayText.duration(-1)).isEqualTo("\u2014");
        assertThat(DisplayText.utc(0)).isEqualTo("1970-01-01 00:00:00Z");
    }
}
