package ringscope.ui.wizard;

import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import ringscope.importer.FieldRule;
import ringscope.importer.MappingProfile;
import ringscope.importer.PreviewRow;
import ringscope.importer.TimeFormat;
import ringscope.ui.DisplayText;

/**
 * The import wizard's content: file and detected format on top, the mapping (a source column or a constant per native
 * field, a fallback column for the account, timestamp notation, pattern and zone) on the left, the live preview of the
 * parsed rows in the centre, profile name, save and import at the bottom. Builds nodes and binds; every control has an
 * id. UI thread.
 */
public final class ImportWizardView {
    private static final List<String> ZONES = List.of("UTC", "Europe/Berlin", "Europe/London", "America/New_York",
            "America/Los_Angeles", "Asia/Tokyo", "Asia/Kolkata", "Australia/Sydney");
    private final BorderPane root = new BorderPane();
    private final ImportWizardViewModel vm;
    private final Map<String, ComboBox<String>> columnOf = new HashMap<>();
    private final Map<String, TextField> constantOf = new HashMap<>();
    private final ComboBox<String> accountFallback = new ComboBox<>();
    private final ComboBox<TimeFormat.Kind> timeKind = new ComboBox<>();
    private final TextField timePattern = new TextField();
    private final ComboBox<String> zone = new ComboBox<>();
    private final TextField name = new TextField();
    private final TableView<PreviewRow> table = new TableView<>();
    private boolean updating;

    public ImportWizardView(ImportWizardViewModel vm, Runnable onImportStarted) {
        this.vm = vm;
        root.setId("importWizard");
        root.setPadding(new Insets(8));
        root.setTop(top());
        root.setLeft(new ScrollPane(mapping()));
        root.setCenter(preview());
        root.setBottom(bottom(onImportStarted));
        vm.profileProperty().addListener((o, b, p) -> showProfile(p));
        vm.columns().addListener((javafx.collections.ListChangeListener<String>) c -> showColumns());
    }

    private Parent top() {
        Button choose = new Button("Choose file\u2026");
        choose.setId("wizardChooseFile");
        choose.setOnAction(e -> {
            File f = new FileChooser().showOpenDialog(root.getScene() == null ? null : root.getScene().getWindow());
            if (f != null) {
                vm.open(f.toPath());
            }
        });
        Label file = new Label();
        file.setId("wizardFile");
        file.textProperty().bind(vm.fileProperty().asString());
        Label detected = new Label();
        detected.setId("wizardDetected");
        detected.textProperty().bind(vm.detectedProperty());
        ComboBox<String> profiles = new ComboBox<>(vm.profileNames());
        profiles.setId("wizardProfiles");
        profiles.setPromptText("Use a profile\u2026");
        profiles.setOnAction(e -> {
            if (!updating && profiles.getValue() != null) {
                vm.useProfile(profiles.getValue());
            }
        });
        HBox box = new HBox(8, choose, file, detected, profiles);
        box.setPadding(new Insets(0, 0, 8, 0));
        return box;
    }

    private Parent mapping() {
        GridPane g = new GridPane();
        g.setHgap(6);
        g.setVgap(4);
        g.setPadding(new Insets(0, 8, 0, 0));
        int row = 0;
        g.addRow(row++, new Label("native field"), new Label("source column"), new Label("or constant"));
        for (String field : MappingProfile.NATIVE_FIELDS) {
            ComboBox<String> col = new ComboBox<>();
            col.setId("map_" + field);
            col.setOnAction(e -> {
                if (!updating) {
                    if ("account_id".equals(field)) {
                        vm.mapAccount(java.util.Arrays.asList(col.getValue(), accountFallback.getValue()));
                    } else {
                        vm.mapColumn(field, col.getValue());
                    }
                }
            });
            TextField constant = new TextField();
            constant.setId("const_" + field);
            constant.setPrefColumnCount(6);
            constant.setOnAction(e -> vm.mapConstant(field, constant.getText()));
            columnOf.put(field, col);
            constantOf.put(field, constant);
            g.addRow(row++, new Label(field), col, constant);
        }
        accountFallback.setId("map_account_fallback");
        accountFallback.setOnAction(e -> {
            if (!updating) {
                vm.mapAccount(java.util.Arrays.asList(columnOf.get("account_id").getValue(), accountFallback.getValue()));
            }
        });
        g.addRow(row++, new Label("account, else"), accountFallback);
        timeKind.getItems().setAll(TimeFormat.Kind.values());
        timeKind.setId("wizardTimeKind");
        timePattern.setId("wizardTimePattern");
        timePattern.setPromptText("%Y-%m-%d %H:%M:%S");
        zone.setId("wizardZone");
        zone.setEditable(true);
        zone.getItems().setAll(ZONES);
        timeKind.setOnAction(e -> applyTime());
        timePattern.setOnAction(e -> applyTime());
        zone.setOnAction(e -> applyTime());
        g.addRow(row++, new Label("time format"), timeKind, timePattern);
        g.addRow(row, new Label("time zone"), zone);
        return g;
    }

    private void applyTime() {
        if (!updating && timeKind.getValue() != null) {
            vm.setTime(timeKind.getValue(), timePattern.getText(), zone.getEditor().getText().isBlank()
                    ? zone.getValue() : zone.getEditor().getText());
        }
    }

    private Parent preview() {
        table.setId("wizardPreview");
        table.setPlaceholder(new Label("No rows yet"));
        table.setItems(vm.rows());
        table.getColumns().add(col("line", r -> String.valueOf(r.lineNo())));
        TableColumn<PreviewRow, String> time = col("parsed time (UTC)", r -> r.time() + (r.ambiguous() ? " (DST overlap)"
                : ""));
        time.setId("wizardPreviewTime");
        table.getColumns().add(time);
        table.getColumns().add(col("account", r -> r.mapped().isEmpty() ? "" : nz(r.mapped().get(2))));
        TableColumn<PreviewRow, String> outcome = col("would be", r -> r.rejected()
                ? "rejected: " + r.reason() + " " + DisplayText.escape(r.detail()) : "imported");
        outcome.setId("wizardPreviewOutcome");
        table.getColumns().add(outcome);
        return table;
    }

    private void showColumns() {
        table.getColumns().remove(4, table.getColumns().size());
        for (String c : vm.columns()) {
            table.getColumns().add(col(c, r -> DisplayText.escape(nz(r.source().get(c)))));
        }
        updating = true;
        for (ComboBox<String> box : columnOf.values()) {
            String v = box.getValue();
            box.getItems().setAll(vm.columns());
            box.getItems().add(0, "");
            box.setValue(v);
        }
        accountFallback.getItems().setAll(vm.columns());
        accountFallback.getItems().add(0, "");
        updating = false;
        showProfile(vm.profileProperty().get());
    }

    private void showProfile(MappingProfile p) {
        if (p == null) {
            return;
        }
        updating = true;
        for (String field : MappingProfile.NATIVE_FIELDS) {
            FieldRule r = p.fields().get(field);
            columnOf.get(field).setValue(r == null ? "" : r.column() != null ? r.column()
                    : r.firstOf() != null ? r.firstOf().get(0) : "");
            constantOf.get(field).setText(r != null && r.constant() != null ? r.constant() : "");
        }
        FieldRule account = p.fields().get("account_id");
        accountFallback.setValue(account != null && account.firstOf() != null && account.firstOf().size() > 1
                ? account.firstOf().get(1) : "");
        timeKind.setValue(p.time().kind());
        timePattern.setText(p.time().pattern() == null ? "" : p.time().pattern());
        zone.setValue(p.time().zone());
        zone.getEditor().setText(p.time().zone() == null ? "" : p.time().zone());
        if (!name.isFocused()) {
            name.setText(p.name());
        }
        updating = false;
    }

    private Parent bottom(Runnable onImportStarted) {
        name.setId("wizardProfileName");
        name.setPromptText("profile name");
        name.setOnAction(e -> vm.setName(name.getText()));
        Button save = new Button("Save profile");
        save.setId("wizardSave");
        save.setOnAction(e -> {
            vm.setName(name.getText());
            vm.save();
        });
        Button importButton = new Button("Import");
        importButton.setId("wizardImport");
        importButton.setDefaultButton(true);
        importButton.setOnAction(e -> {
            if (vm.startImport()) {
                onImportStarted.run();
            }
        });
        Label status = new Label();
        status.setId("wizardStatus");
        status.textProperty().bind(vm.statusProperty());
        VBox box = new VBox(6, new HBox(8, new Label("Profile name"), name, save, importButton), status);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private static TableColumn<PreviewRow, String> col(String title, java.util.function.Function<PreviewRow, String> f) {
        TableColumn<PreviewRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public Parent node() {
        return root;
    }
}
