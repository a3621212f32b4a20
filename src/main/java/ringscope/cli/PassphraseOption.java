package ringscope.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import picocli.CommandLine;
import ringscope.store.CaseStore;

/**
 * {@code --passphrase-file FILE}: the passphrase of a case encrypted at rest (the first line of FILE, UTF-8), or
 * {@code --ask-passphrase} to type it at the console. Never a plain option value: it would end up in the shell history
 * and the process list. Encryption keeps the case confidential; the integrity of evidence comes from the case-file
 * hashes and the audit chain, not from the encryption.
 */
final class PassphraseOption {
    @CommandLine.Option(names = "--passphrase-file", paramLabel = "FILE", description = "the case is encrypted at rest"
            + " with the passphrase in the first line of FILE (a new case is created encrypted). Encryption protects"
            + " confidentiality only: integrity comes from the case-file hashes.")
    Path file;

    @CommandLine.Option(names = "--ask-passphrase", description = "type the passphrase at the console instead")
    boolean ask;

    /** The passphrase, or null when none was given; the caller clears the array after use. */
    char[] read() throws IOException {
        if (ask) {
            java.io.Console console = System.console();
            if (console == null) {
                throw new IOException("--ask-passphrase needs a console; use --passphrase-file");
            }
            return console.readPassword("Passphrase: ");
        }
        if (file == null) {
            return null;
        }
        byte[] bytes = Files.readAllBytes(file);
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            int end = 0;
            while (end < chars.limit() && chars.get(end) != '\n' && chars.get(end) != '\r') {
                end++;
            }
            char[] out = new char[end];
            chars.get(out, 0, end);
            Arrays.fill(chars.array(), '\0');
            if (out.length == 0) {
                throw new IOException("the passphrase file " + file + " is empty");
            }
            return out;
        } catch (CharacterCodingException e) {
            throw new IOException("the passphrase file " + file + " is not UTF-8 text", e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    CaseStore open(Path folder) throws IOException {
        char[] p = read();
        try {
            return CaseStore.open(folder, p);
        } finally {
            clear(p);
        }
    }

    CaseStore openOrCreate(Path folder) throws IOException {
        char[] p = read();
        try {
            return CaseStore.openOrCreate(folder, p);
        } finally {
            clear(p);
        }
    }

    private static void clear(char[] p) {
        if (p != null) {
            Arrays.fill(p, '\0');
        }
    }
}
