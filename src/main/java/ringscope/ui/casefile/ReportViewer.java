package ringscope.ui.casefile;

import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.web.WebView;

/**
 * Shows a case file's HTML report: the app uses {@link #web()}; {@link #source()} shows the HTML text read-only
 * (tests read exactly what was loaded from it). UI thread.
 */
public interface ReportViewer {
    Node node();

    void show(String html);

    /** A WebView with JavaScript and its context menu off (the report has no scripts and must run none). */
    static ReportViewer web() {
        WebView view = new WebView();
        view.setContextMenuEnabled(false);
        view.getEngine().setJavaScriptEnabled(false);
        return new ReportViewer() {
            @Override
            public Node node() {
                return view;
            }

            @Override
            public void show(String html) {
                view.getEngine().loadContent(html, "text/html");
            }
        };
    }

    /** The report's HTML source in a read-only text area. */
    static ReportViewer source() {
        TextArea area = new TextArea();
        area.setEditable(false);
        area.setWrapText(true);
        return new ReportViewer() {
            @Override
            public Node node() {
                return area;
            }

            @Override
            public void show(String html) {
                area.setText(html);
            }
        };
    }
}
