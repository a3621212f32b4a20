package ringscope.importer;

/** A whole source file cannot be imported (empty, not UTF-8 text, missing column, broken CSV...). */
class ImportFileException extends Exception {
    ImportFileException(String message) {
        super(message);
    }

    ImportFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
