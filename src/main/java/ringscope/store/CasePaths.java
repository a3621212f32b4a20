package ringscope.store;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Validates case folder paths before they go into the fixed JDBC URL template. */
public final class CasePaths {
    private CasePaths() {}

    /**
     * Returns the absolute, normalised form of {@code folder}, or throws when it cannot be used safely in an H2 URL.
     * A ';' would start a URL setting (INIT= runs SQL on connect), so it is refused along with control characters.
     */
    public static Path validate(Path folder) {
        if (folder == null) {
            throw new CaseStoreException(CaseStoreException.Kind.INVALID_PATH, "No case folder given");
        }
        Path abs;
        try {
            abs = folder.toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new CaseStoreException(CaseStoreException.Kind.INVALID_PATH, "Invalid case folder: " + folder, e);
        }
        String s = abs.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ';' || c == '\'' || c == '"' || Character.isISOControl(c)) {
                throw new CaseStoreException(
                        CaseStoreException.Kind.INVALID_PATH,
                        "A case folder name may not contain ';', quotes or control characters: " + escape(s));
            }
        }
        if (abs.getFileName() == null) {
            throw new CaseStoreException(CaseStoreException.Kind.INVALID_PATH, "A case needs its own folder, not " + s);
        }
        return abs;
    }

    public static Path dbFile(Path absFolder) {
        return absFolder.resolve(CaseStore.DB_NAME + ".mv.db");
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                b.append(String.format("\\u%04X", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }
}
