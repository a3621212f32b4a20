package ringscope.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Canonical text dump of a case's data tables, for "the case is unchanged" assertions in tests. */
public final class CaseDump {
    /** The evidence tables; the import history (import_run, source_file, rejection) is expected to grow. */
    public static final List<String> DATA_TABLES = List.of(
            "account", "interaction", "payment", "ip_info", "event", "activity_bucket", "account_term", "term");

    private CaseDump() {}

    public static String of(CaseStore store) throws SQLException {
        StringBuilder b = new StringBuilder();
        try (Connection c = store.connect();
                Statement s = c.createStatement()) {
            for (String t : DATA_TABLES) {
                b.append("## ").append(t).append('\n');
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + t + " ORDER BY 1, 2")) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            b.append(rs.getString(i)).append('|');
                        }
                        b.append('\n');
                    }
                }
            }
        }
        return b.toString();
    }

    public static long count(CaseStore store, String sql) throws SQLException {
        try (Connection c = store.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The rows of {@code sql}, each as its columns read as longs and joined by "|". */
    public static java.util.List<String> longRows(CaseStore store, String sql) throws SQLException {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (Connection c = store.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    b.append(i > 1 ? "|" : "").append(rs.getLong(i));
                }
                out.add(b.toString());
            }
        }
        return out;
    }
}
