package ringscope.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RELIABILITY H2: cells Excel would run as formulas get a leading quote; others stay as they are. */
class CsvCellsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "=HYPERLINK(\"http://evil\")|'=HYPERLINK(\"http://evil\")",
        "+1|'+1",
        "-cmd|'-cmd",
        "@SUM(A1)|'@SUM(A1)",
        "acct-001|acct-001",
        "a=b|a=b"})
    void formulaTriggersArePrefixed(String in, String out) {
        assertThat(CsvCells.neutralise(in)).isEqualTo(out);
    }

    @org.junit.jupiter.api.Test
    void controlCharacterTriggersArePrefixed() {
        assertThat(CsvCells.neutralise("\tx")).isEqualTo("'\tx");
        assertThat(CsvCells.neutralise("\rx")).isEqualTo("'\rx");
        assertThat(CsvCells.neutralise("\0x")).isEqualTo("'\0x");
        assertThat(CsvCells.neutralise("")).isEmpty();
    }
}
