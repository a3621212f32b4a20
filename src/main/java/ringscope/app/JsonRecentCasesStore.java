package ringscope.app;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import ringscope.ui.RecentCasesStore;

/**
 * Recent cases as {@code {"version":1,"cases":["/abs/path", ...]}} in the user's data folder. Written to a temp file
 * and moved into place, so a crash never leaves half a file. A missing or unreadable file is an empty list.
 */
public final class JsonRecentCasesStore implements RecentCasesStore {
    private static final Logger LOG = Logger.getLogger(JsonRecentCasesStore.class.getName());
    private final Path file;
    private final ObjectMapper json = new ObjectMapper();

    /** The file's shape. */
    record RecentCasesJson(int version, List<String> cases) {}

    public JsonRecentCasesStore(Path file) {
        this.file = file;
    }

    @Override
    public List<Path> load() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            RecentCasesJson data = json.readValue(file.toFile(), RecentCasesJson.class);
            List<Path> out = new ArrayList<>();
            for (String s : data.cases() == null ? List.<String>of() : data.cases()) {
                try {
                    out.add(Path.of(s));
                } catch (InvalidPathException e) {
                    LOG.info("skipping unusable recent case path: " + e.getMessage());
                }
            }
            return out;
        } catch (JacksonException e) {
            LOG.log(Level.WARNING, "ignoring unreadable recent-cases file " + file + ": " + e.getOriginalMessage());
            return List.of();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot read " + file + ": " + e);
            return List.of();
        }
    }

    @Override
    public void save(List<Path> mostRecentFirst) {
        List<String> cases = mostRecentFirst.stream().map(Path::toString).toList();
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            json.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), new RecentCasesJson(1, cases));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot save recent cases to " + file + ": " + e);
        }
    }
}
