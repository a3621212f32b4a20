package ringscope.casefile;

/** One entry of the bundle as the manifest lists it: its path, the SHA-256 of its bytes and its size. */
public record ManifestEntry(String path, String sha256, long size) {
    public static ManifestEntry of(String path, byte[] bytes) {
        return new ManifestEntry(path, Hashes.sha256(bytes), bytes.length);
    }
}
