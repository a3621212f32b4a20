package ringscope.training;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import ringscope.model.CancelToken;
import ringscope.model.Progress;
import ringscope.model.ProgressSink;

/**
 * Generates a training dataset in the native format (ARCHITECTURE.md) from a {@link Scenario}: {@code dataset.json},
 * {@code accounts.csv}, {@code interactions.csv[.gz]}, {@code payments.csv}, {@code ip_info.csv},
 * {@code events.csv} and {@code answer-key.json}.
 *
 * <p>Contract: the same scenario (seed included) gives byte-identical files on any machine (gzip output depends on
 * the zlib in use; its content does not). Memory grows with the number of accounts, never with the number of
 * interactions, which are streamed to disk an hour at a time. The files are written into a sibling folder
 * {@code .NAME.partial} and moved to {@code target} at the end, so a failed or cancelled run leaves nothing at the
 * target. Runs on the caller's thread; progress goes to {@code progress}, cancellation is polled once per hour of
 * generated time.
 */
public final class DatasetGenerator {
    public static final String GENERATOR = "ringscope-generate/1";

    /**
     * Generates {@code scenario} into the folder {@code target}, which must not exist or be empty.
     *
     * @throws java.nio.file.FileSystemException if {@code target} is a non-empty folder
     *     ({@link DirectoryNotEmptyException}) or a file ({@link FileAlreadyExistsException})
     * @throws GenerationCancelledException if cancelled; nothing is left behind
     */
    public GenerationReport generate(Scenario scenario, Path target, ProgressSink progress, CancelToken cancel)
            throws IOException, GenerationCancelledException {
        long started = System.currentTimeMillis();
        checkTarget(target);
        Path parent = target.toAbsolutePath().getParent();
        Path partial = parent.resolve("." + target.getFileName() + ".partial");
        deleteTree(partial);
        Files.createDirectories(partial);
        boolean done = false;
        try {
            Map<String, Long> rows = writeAll(scenario, partial, progress, cancel, started);
            long bytes = size(partial);
            if (Files.isDirectory(target)) {
                Files.delete(target);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            done = true;
            return new GenerationReport(target, rows, bytes, System.currentTimeMillis() - started);
        } finally {
            if (!done) {
                deleteTree(partial);
            }
        }
    }

    private static Map<String, Long> writeAll(Scenario scenario, Path dir, ProgressSink progress, CancelToken cancel,
            long started) throws IOException, GenerationCancelledException {
        progress.report(new Progress("planting accounts", 0, -1, -1, System.currentTimeMillis() - started));
        World world = new World(scenario);
        Population pop = plant(world);
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("accounts.csv", TableWriter.accounts(dir.resolve("accounts.csv"), pop.actors()));
        rows.put("payments.csv", TableWriter.payments(dir.resolve("payments.csv"), pop.payments()));
        rows.put("ip_info.csv", TableWriter.ipInfo(dir.resolve("ip_info.csv"), world.network()));
        rows.put("events.csv", TableWriter.events(dir.resolve("events.csv"), pop.events()));
        String interactions = scenario.gzipInteractions() ? "interactions.csv.gz" : "interactions.csv";
        try (CsvWriter out = new CsvWriter(dir.resolve(interactions), InteractionStreamer.HEADER)) {
            rows.put(interactions, new InteractionStreamer(world, pop.actors()).write(out, progress, cancel, started));
        }
        Json.write(dir.resolve("answer-key.json"),
                new Records.AnswerKey(scenario.name(), scenario.name(), scenario.seed(), pop.clusters()));
        Json.write(dir.resolve("dataset.json"), datasetInfo(scenario, rows));
        return rows;
    }

    /** Plants every part of the scenario in a fixed order; each planter draws from its own random stream. */
    static Population plant(World world) {
        Population pop = new Population();
        new BackgroundPlanter(world, pop).plant();
        new TrapPlanter(world, pop).plant();
        new ResellerPlanter(world, pop).plant();
        new HydraPlanter(world, pop).plant();
        world.scenario().plan().release().ifPresent(r -> pop.add(new Records.Event(world.releaseAt(),
                "model_release", r.model() + " released (successor of " + r.replaces() + ")", "")));
        return pop;
    }

    private static ObjectNode datasetInfo(Scenario scenario, Map<String, Long> rows) {
        ObjectNode n = Json.object();
        n.put("name", scenario.name());
        n.put("description", scenario.description());
        n.put("time_zone", "UTC");
        n.put("scenario", scenario.name());
        n.put("seed", scenario.seed());
        n.put("synthetic", true);
        n.put("generator", GENERATOR);
        n.put("start", Timestamps.format(scenario.start().getEpochSecond()));
        n.put("end", Timestamps.format(scenario.end().getEpochSecond()));
        ObjectNode files = n.putObject("rows");
        rows.forEach(files::put);
        n.set("scenario_parameters", Json.scenario(scenario));
        return n;
    }

    private static void checkTarget(Path target) throws IOException {
        if (Files.isDirectory(target)) {
            try (Stream<Path> s = Files.list(target)) {
                if (s.findAny().isPresent()) {
                    throw new DirectoryNotEmptyException(target + " (choose a new or empty folder)");
                }
            }
        } else if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target + " is a file");
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    /** Deletes a folder this class created (the {@code .partial} folder), if present. */
    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
