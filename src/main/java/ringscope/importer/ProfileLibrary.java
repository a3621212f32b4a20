package ringscope.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The mapping profiles a user can pick: the shipped ones (JSON under {@code ringscope/assets/profiles/} on the class
 * path, listed in its {@code index.txt}) and the user's own ({@code <name>.json} in a folder of the settings, by
 * default {@code ~/.ringscope/profiles}). A user profile may not take a shipped profile's name, so a name always means
 * one mapping. Files are read on the caller's thread (a worker in the UI).
 */
public final class ProfileLibrary {
    private static final String SHIPPED = "/ringscope/assets/profiles/";
    private final Path userFolder;

    public ProfileLibrary(Path userFolder) {
        this.userFolder = userFolder;
    }

    /** {@code <ringscope.home>/profiles}, or {@code ~/.ringscope/profiles} without that system property. */
    public static Path defaultUserFolder() {
        String home = System.getProperty("ringscope.home");
        Path base = home == null || home.isBlank() ? Path.of(System.getProperty("user.home"), ".ringscope")
                : Path.of(home);
        return base.resolve("profiles").toAbsolutePath().normalize();
    }

    /** The shipped profiles, in index order. */
    public List<MappingProfile> shipped() {
        List<MappingProfile> out = new ArrayList<>();
        for (String file : shippedFiles()) {
            try (InputStream in = ProfileLibrary.class.getResourceAsStream(SHIPPED + file)) {
                if (in == null) {
                    throw new IllegalStateException("shipped profile missing from the jar: " + file);
                }
                out.add(ProfileJson.read(in.readNBytes(ProfileJson.MAX_BYTES + 1)));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read shipped profile " + file, e);
            }
        }
        return out;
    }

    private static List<String> shippedFiles() {
        try (InputStream in = ProfileLibrary.class.getResourceAsStream(SHIPPED + "index.txt")) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the shipped profile index", e);
        }
    }

    /** The user's saved profiles, by name; a file that is not a valid profile is skipped. */
    public List<MappingProfile> user() {
        List<MappingProfile> out = new ArrayList<>();
        if (!Files.isDirectory(userFolder)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(userFolder, "*.json")) {
            for (Path f : files) {
                readFile(f).ifPresent(out::add);
            }
        } catch (IOException e) {
            return out;
        }
        out.sort(java.util.Comparator.comparing(MappingProfile::name));
        return out;
    }

    private static Optional<MappingProfile> readFile(Path f) {
        try {
            if (Files.size(f) > ProfileJson.MAX_BYTES) {
                return Optional.empty();
            }
            return Optional.of(ProfileJson.read(Files.readAllBytes(f)));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Shipped then user profiles. */
    public List<MappingProfile> all() {
        List<MappingProfile> out = new ArrayList<>(shipped());
        out.addAll(user());
        return out;
    }

    /**
     * Finds a profile by name (shipped first, then the user's), or reads it from a {@code .json} file path.
     *
     * @throws IllegalArgumentException when there is no such profile or the file is not a valid profile
     */
    public MappingProfile find(String nameOrFile) {
        if (nameOrFile.endsWith(".json") && Files.isRegularFile(Path.of(nameOrFile))) {
            try {
                return ProfileJson.read(Files.readAllBytes(Path.of(nameOrFile)));
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read profile file " + nameOrFile + ": " + e.getMessage(), e);
            }
        }
        List<MappingProfile> all = all();
        return all.stream().filter(p -> p.name().equals(nameOrFile)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no mapping profile named '" + nameOrFile
                        + "'; known: " + String.join(", ", all.stream().map(MappingProfile::name).toList())));
    }

    /**
     * Saves a user profile as {@code <name>.json} (replacing the user's profile of that name), atomically.
     *
     * @throws IllegalArgumentException when the profile is invalid or takes a shipped profile's name
     * @throws IOException when the file cannot be written
     */
    public Path save(MappingProfile profile) throws IOException {
        profile.validated();
        if (shipped().stream().anyMatch(p -> p.name().equals(profile.name()))) {
            throw new IllegalArgumentException("'" + profile.name() + "' is a shipped profile; save under another name");
        }
        Files.createDirectories(userFolder);
        Path target = userFolder.resolve(profile.name() + ".json");
        Path tmp = Files.createTempFile(userFolder, profile.name(), ".tmp");
        try {
            Files.write(tmp, ProfileJson.write(profile));
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return target;
    }
}
