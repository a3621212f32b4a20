package ringscope.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import ringscope.casefile.Verification.Finding;
import ringscope.casework.ChainVerifier;
import ringscope.model.ActionEvent;
import ringscope.model.ChainStatus;

/**
 * Checks a bundle read by {@link BundleReader} (docs/casefile.md, RELIABILITY G1-G8): the manifest's seal and root
 * hash; every listed entry present with the listed size and SHA-256; no entry that is not listed; the report shows the
 * root hash; the action log's hash chain holds and ends at the head hash case.json recorded; case.json is of a known
 * format. A finding names the entry it concerns. When the manifest itself fails, nothing else is checked (its hashes
 * cannot be trusted), so the finding names the manifest alone. Stateless.
 */
public final class BundleVerifier {

    /** Verifies {@code bundle}; {@code expectedRoot} (may be empty) is the root hash recorded at hand-over. */
    public Verification verify(BundleContents bundle, String expectedRoot) {
        List<Finding> findings = new ArrayList<>();
        Optional<byte[]> manifestBytes = bundle.bytes(CaseFileFormat.MANIFEST);
        if (manifestBytes.isEmpty()) {
            return fail("", List.of(new Finding(CaseFileFormat.MANIFEST, "missing: this is not a complete case file")));
        }
        Manifest m;
        try {
            m = Manifest.read(manifestBytes.get());
        } catch (BundleException e) {
            return fail("", List.of(new Finding(CaseFileFormat.MANIFEST, e.getMessage()
                    .replace(CaseFileFormat.MANIFEST + ": ", ""))));
        }
        if (!m.sealMatches()) {
            return fail(m.rootHash(), List.of(new Finding(CaseFileFormat.MANIFEST,
                    "its seal does not match its contents: the manifest was changed")));
        }
        if (!Manifest.rootHashOf(m.entries()).equals(m.rootHash())) {
            return fail(m.rootHash(), List.of(new Finding(CaseFileFormat.MANIFEST,
                    "the root hash does not match the listed entries")));
        }
        if (expectedRoot != null && !expectedRoot.isBlank() && !expectedRoot.strip().equalsIgnoreCase(m.rootHash())) {
            findings.add(new Finding(CaseFileFormat.MANIFEST, "root hash " + m.rootHash()
                    + " differs from the expected " + expectedRoot.strip()));
        }
        List<ManifestEntry> listed = new ArrayList<>(m.entries());
        listed.add(m.report());
        Set<String> good = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (ManifestEntry e : listed) {
            names.add(e.path());
            byte[] b = bundle.raw(e.path());
            if (b == null) {
                findings.add(new Finding(e.path(), "missing (listed in the manifest)"));
            } else if (b.length != e.size() || !Hashes.sha256(b).equals(e.sha256())) {
                findings.add(new Finding(e.path(), "hash mismatch: the entry was changed (manifest "
                        + e.sha256().substring(0, Math.min(12, e.sha256().length())) + "…, found "
                        + Hashes.sha256(b).substring(0, 12) + "…)"));
            } else {
                good.add(e.path());
            }
        }
        for (String n : bundle.names()) {
            if (!names.contains(n) && !n.equals(CaseFileFormat.MANIFEST)) {
                findings.add(new Finding(n, "not listed in the manifest (added or renamed)"));
            }
        }
        if (good.contains(CaseFileFormat.REPORT) && !bundle.text(CaseFileFormat.REPORT).orElse("")
                .contains(m.rootHash())) {
            findings.add(new Finding(CaseFileFormat.REPORT, "does not show the manifest's root hash"));
        }
        long events = checkContent(bundle, good, findings);
        int checked = listed.size();
        return new Verification(findings.isEmpty(), m.rootHash(), checked, events, findings);
    }

    private static long checkContent(BundleContents bundle, Set<String> good, List<Finding> findings) {
        String headHash = null;
        if (good.contains(CaseFileFormat.CASE_JSON)) {
            try {
                JsonNode c = CaseFileJson.read(CaseFileFormat.CASE_JSON, bundle.raw(CaseFileFormat.CASE_JSON));
                int v = c.path("formatVersion").asInt(-1);
                if (v < 1 || v > CaseFileFormat.VERSION) {
                    findings.add(new Finding(CaseFileFormat.CASE_JSON, "unknown format version " + v));
                }
                headHash = c.path("actionLog").path("headHash").asText("");
            } catch (BundleException e) {
                findings.add(new Finding(CaseFileFormat.CASE_JSON, e.getMessage()));
            }
        }
        if (!good.contains(CaseFileFormat.ACTION_LOG)) {
            return 0;
        }
        try {
            List<ActionEvent> events = ActionLogCodec.read(bundle.raw(CaseFileFormat.ACTION_LOG));
            ChainStatus chain = ChainVerifier.verify(events);
            if (!chain.ok()) {
                findings.add(new Finding(CaseFileFormat.ACTION_LOG, "hash chain broken at event "
                        + (chain.brokenIndex() + 1) + ": " + chain.reason()));
            } else if (headHash != null && !headHash.isEmpty() && !headHash.equals(chain.headHash())) {
                findings.add(new Finding(CaseFileFormat.ACTION_LOG, "ends at " + chain.headHash() + " but case.json"
                        + " recorded head " + headHash + " (events removed at the end?)"));
            }
            return events.size();
        } catch (BundleException e) {
            findings.add(new Finding(CaseFileFormat.ACTION_LOG, e.getMessage()));
            return 0;
        }
    }

    private static Verification fail(String root, List<Finding> findings) {
        return new Verification(false, root, 0, 0, findings);
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
