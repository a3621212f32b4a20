package ringscope.importer;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Paths of the hand-written datasets under src/test/resources/datasets. */
public final class Fixtures {
    private Fixtures() {}

    public static Path dataset(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/datasets/" + name + "/dataset.json").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
