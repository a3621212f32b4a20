package ringscope.casefile;

/**
 * Display copies of text cells for spreadsheets: a cell that starts with {@code = + - @}, TAB, CR or NUL gets a
 * leading {@code '} so Excel and LibreOffice show it as text instead of running it as a formula (STACK.md,
 * RELIABILITY H2). Only the CSV extracts use this; case.json keeps every value raw.
 */
public final class CsvCells {
    private CsvCells() {}

    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        char c = cell.charAt(0);
        boolean formulaLike = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\0';
        return formulaLike ? "'" + cell : cell;
    }
}
