package ringscope.importer;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** Reads the rows of one source file; header problems surface from the factory as {@link ImportFileException}. */
interface RowReader extends Closeable {
    /** The next row (possibly marked bad), or null at end of file. */
    RawRow next() throws IOException, ImportFileException;

    long blankLines();

    boolean bomPresent();

    List<String> ignoredColumns();
}
