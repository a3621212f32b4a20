package ringscope.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import ringscope.casework.CanonicalJson;

/**
 * {@value CaseFileFormat#MANIFEST}: the SHA-256 and size of every data entry, the root hash over them, the report's
 * hash, and a seal over the whole manifest.
 *
 * <ul>
 *   <li>{@code rootHash} = SHA-256 of the canonical JSON (docs/casework.md) of the {@code entries} array, sorted by
 *       path, each {@code {"path","sha256","size"}}. The report prints it, so it is fixed before the report exists.
 *   <li>{@code seal} = SHA-256 of the canonical JSON of the manifest object without its {@code seal} member: any edit
 *       of the manifest that is not re-sealed is found and blamed on the manifest itself.
 * </ul>
 *
 * @param formatVersion the bundle format version
 * @param caseName the case's name
 * @param exportedAt ISO-8601 UTC
 * @param entries the data entries, sorted by path
 * @param report the report entry
 * @param rootHash as stated in the manifest
 * @param seal as stated in the manifest
 */
public record Manifest(int formatVersion, String caseName, String exportedAt, List<ManifestEntry> entries,
        ManifestEntry report, String rootHash, String seal) {
    public Manifest {
        entries = entries.stream().sorted(Comparator.comparing(ManifestEntry::path)).toList();
    }

    /** A new manifest for freshly written entries. */
    public static Manifest of(String caseName, String exportedAt, List<ManifestEntry> entries, ManifestEntry report) {
        Manifest m = new Manifest(CaseFileFormat.VERSION, caseName, exportedAt, entries, report,
                rootHashOf(entries), "");
        return new Manifest(m.formatVersion, caseName, exportedAt, m.entries, report, m.rootHash,
                Hashes.sha256(CanonicalJson.write(m.tree(false))));
    }

    /** The root hash of {@code entries} (order does not matter). */
    public static String rootHashOf(List<ManifestEntry> entries) {
        ArrayNode a = CaseFileJson.mapper().createArrayNode();
        entries.stream().sorted(Comparator.comparing(ManifestEntry::path)).forEach(e -> a.add(entry(e)));
        return Hashes.sha256(CanonicalJson.write(a));
    }

    /** Whether {@code seal} matches the rest of the manifest. */
    public boolean sealMatches() {
        return Hashes.sha256(CanonicalJson.write(tree(false))).equals(seal);
    }

    public byte[] bytes() {
        return CaseFileJson.write(tree(true));
    }

    private ObjectNode tree(boolean withSeal) {
        ObjectNode o = CaseFileJson.mapper().createObjectNode();
        o.put("format", CaseFileFormat.FORMAT_NAME);
        o.put("formatVersion", formatVersion);
        o.put("case", caseName);
        o.put("exportedAt", exportedAt);
        o.put("hashAlgorithm", "SHA-256");
        ArrayNode a = o.putArray("entries");
        entries.forEach(e -> a.add(entry(e)));
        o.put("rootHash", rootHash);
        o.set("report", entry(report));
        if (withSeal) {
            o.put("seal", seal);
        }
        return o;
    }

    private static ObjectNode entry(ManifestEntry e) {
        ObjectNode o = CaseFileJson.mapper().createObjectNode();
        o.put("path", e.path());
        o.put("sha256", e.sha256());
        o.put("size", e.size());
        return o;
    }

    /** Reads a manifest; any structural problem is a {@link BundleException} naming the manifest. */
    public static Manifest read(byte[] bytes) {
        JsonNode o = CaseFileJson.read(CaseFileFormat.MANIFEST, bytes);
        String where = CaseFileFormat.MANIFEST + ": ";
        if (!CaseFileFormat.FORMAT_NAME.equals(o.path("format").asText())) {
            throw new BundleException(where + "not a RingScope case file manifest");
        }
        JsonNode version = o.path("formatVersion");
        if (!version.isIntegralNumber()) {
            throw new BundleException(where + "formatVersion is missing");
        }
        if (version.intValue() > CaseFileFormat.VERSION) {
            throw new BundleException("This case file was made with a newer RingScope (format version "
                    + version.intValue() + "; this RingScope reads up to " + CaseFileFormat.VERSION + "). Upgrade "
                    + "RingScope to open it.");
        }
        List<ManifestEntry> entries = new ArrayList<>();
        for (JsonNode e : array(o, "entries", where)) {
            entries.add(entry(e, where));
        }
        return new Manifest(version.intValue(), text(o, "case", where), text(o, "exportedAt", where), entries,
                entry(o.path("report"), where), text(o, "rootHash", where), text(o, "seal", where));
    }

    private static JsonNode array(JsonNode o, String name, String where) {
        JsonNode a = o.path(name);
        if (!a.isArray()) {
            throw new BundleException(where + name + " is missing");
        }
        return a;
    }

    private static ManifestEntry entry(JsonNode e, String where) {
        JsonNode size = e.path("size");
        if (!size.isIntegralNumber() || size.longValue() < 0) {
            throw new BundleException(where + "an entry has no valid size");
        }
        return new ManifestEntry(text(e, "path", where), text(e, "sha256", where), size.longValue());
    }

    private static String text(JsonNode o, String name, String where) {
        JsonNode v = o.path(name);
        if (!v.isTextual()) {
            throw new BundleException(where + name + " is missing");
        }
        return v.textValue();
    }
}
