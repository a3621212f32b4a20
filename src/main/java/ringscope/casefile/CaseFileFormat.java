package ringscope.casefile;

import java.util.List;

/**
 * Names and version of the case-file bundle (docs/casefile.md). A bundle is one zip file with the extension
 * {@value #EXTENSION}; its entries are flat names from {@link #DATA_ENTRIES} plus the report and the manifest.
 */
public final class CaseFileFormat {
    public static final String EXTENSION = ".ringcase";
    /** Bumped when a reader of an older version could misread a bundle; readers refuse newer versions. */
    public static final int VERSION = 1;
    public static final String FORMAT_NAME = "ringscope-casefile";

    public static final String CASE_JSON = "case.json";
    public static final String ACTION_LOG = "action-log.jsonl";
    public static final String ACCOUNTS_CSV = "extracts/tagged-accounts.csv";
    public static final String LINKS_CSV = "extracts/links.csv";
    public static final String ROWS_CSV = "extracts/rows-behind-links.csv";
    public static final String GRAPHML = "graph/tagged-clusters.graphml";
    public static final String TIMELINE = "timeline/timesketch.jsonl";
    /** Pictures of the views as the analyst left them, when exported from the window ({@link ViewImages}). */
    public static final String VIEWS_FOLDER = "views/";
    public static final String GRAPH_PNG = VIEWS_FOLDER + "graph.png";
    public static final String TIMELINE_PNG = VIEWS_FOLDER + "timeline.png";
    public static final String REPORT = "report.html";
    public static final String MANIFEST = "manifest.json";

    /**
     * The entries every bundle has and the root hash covers, in the order they are written; the pictures under
     * {@link #VIEWS_FOLDER} follow them when the export came from the window.
     */
    public static final List<String> DATA_ENTRIES =
            List.of(CASE_JSON, ACTION_LOG, ACCOUNTS_CSV, LINKS_CSV, ROWS_CSV, GRAPHML, TIMELINE);

    /** Source rows kept per link in the extracts; case.json says how many there are in all. */
    public static final int ROWS_PER_LINK = 25;

    private CaseFileFormat() {}
}
