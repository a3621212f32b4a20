package ringscope.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import ringscope.store.CaseStore;
import ringscope.store.ImportTransaction;
import ringscope.store.SourceFileProfiles;

/**
 * Imports one third-party file through a {@link MappingProfile}: the file is read by the profile's record source and
 * mapper into native interaction rows, and the accounts it implies are created ({@link MappedSink}). Provenance: the
 * file's SHA-256 (as for every source file) plus the profile's name and the SHA-256 of its canonical JSON.
 */
final class MappedImportPlan implements ImportPlan {
    private final Path file;
    private final MappingProfile profile;
    private final String profileSha256;
    private MappedRowReader reader;
    private MappedSink sink;

    MappedImportPlan(Path file, MappingProfile profile) {
        this.file = file;
        this.profile = profile;
        this.profileSha256 = ProfileJson.sha256(profile);
    }

    @Override
    public List<DatasetFiles.SourceFile> locate() throws ImportFileException {
        try {
            profile.validated();
        } catch (IllegalArgumentException e) {
            throw new ImportFileException("The mapping profile cannot be used: " + e.getMessage(), e);
        }
        if (!Files.isRegularFile(file)) {
            throw new ImportFileException("Not a file: " + file);
        }
        String name = file.getFileName().toString();
        String format = profile.format().code() + (name.endsWith(".gz") ? ".gz" : "");
        return List.of(new DatasetFiles.SourceFile(FileKind.INTERACTIONS, file, format, -1, null));
    }

    @Override
    public void importFile(ImportRun run, DatasetFiles.SourceFile f, int sourceFileId)
            throws IOException, ImportFileException, ImportCancelledException {
        RecordMapper mapper = new RecordMapper(profile, f.sha256());
        run.importFile(f, sourceFileId, in -> {
            reader = new MappedRowReader(RecordSources.open(profile.format(), in), mapper);
            return reader;
        }, counts -> {
            sink = new MappedSink(run, counts);
            return sink;
        });
    }

    @Override
    public void recordProvenance(ImportTransaction tx, List<Integer> sourceFileIds) {
        SourceFileProfiles.stamp(tx, sourceFileIds, profile.name(), profileSha256);
    }

    @Override
    public void recordProvenance(CaseStore store, List<Integer> sourceFileIds) {
        SourceFileProfiles.stamp(store, sourceFileIds, profile.name(), profileSha256);
    }

    @Override
    public String summaryNote() {
        StringBuilder b = new StringBuilder("; profile ").append(profile.name());
        if (sink != null) {
            b.append(String.format("; %,d new accounts implied by the log", sink.impliedAccounts()));
        }
        if (reader != null && reader.ambiguousTimes() > 0) {
            b.append(String.format("; %,d local times fell in a daylight-saving overlap (the earlier instant was "
                    + "taken)", reader.ambiguousTimes()));
        }
        return b.toString();
    }
}
