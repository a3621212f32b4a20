package ringscope.casefile;

import java.util.ArrayList;
import java.util.List;

/**
 * What checking a case file against the original source files found (docs/casefile.md, "Checking against the source
 * files"): per source file whether it was found and hashes the same, each reported number next to the number
 * recomputed from the files, and what could not be recomputed and why.
 *
 * @param files one check per source file case.json lists
 * @param fileCounts each file's reported counts next to the recomputed ones
 * @param receiptsDisagreeing link receipts whose recounted rows differ from the reported row count
 * @param receiptsAgreeing link receipts whose row count was recounted and agrees (not listed one by one, to keep the
 *     report readable)
 * @param notRecomputed numbers that could not be recomputed, each with the reason
 */
public record SourceCheckReport(List<FileCheck> files, List<NumberCheck> fileCounts,
        List<NumberCheck> receiptsDisagreeing, long receiptsAgreeing, List<String> notRecomputed) {
    public SourceCheckReport {
        files = List.copyOf(files);
        fileCounts = List.copyOf(fileCounts);
        receiptsDisagreeing = List.copyOf(receiptsDisagreeing);
        notRecomputed = List.copyOf(notRecomputed);
    }

    /** Every recomputed number: the file counts, then the link receipts that disagree. */
    public List<NumberCheck> numbers() {
        List<NumberCheck> all = new ArrayList<>(fileCounts);
        all.addAll(receiptsDisagreeing);
        return all;
    }

    /** How a listed source file compares with what the folder holds. */
    public enum Status {
        /** found by name and the SHA-256 is the one case.json records */
        MATCHES,
        /** found by name, but its bytes differ */
        DIFFERS,
        /** no file of that name in the folder */
        MISSING
    }

    /**
     * @param fileName as case.json names it
     * @param sha256 as case.json records it
     * @param status the outcome
     * @param foundAt the file used, relative to the folder (empty when missing)
     * @param foundSha256 the SHA-256 of that file (empty when missing)
     */
    public record FileCheck(String fileName, String sha256, Status status, String foundAt, String foundSha256) {
        @Override
        public String toString() {
            return switch (status) {
                case MATCHES -> fileName + ": matches (SHA-256 " + sha256 + ")";
                case DIFFERS -> fileName + ": DIFFERS: " + foundAt + " has SHA-256 " + foundSha256 + ", the case"
                        + " file records " + sha256;
                case MISSING -> fileName + ": MISSING from the folder";
            };
        }
    }

    /** A number the case file reports and the same number recomputed from the source files. */
    public record NumberCheck(String what, long reported, long recomputed) {
        public boolean agrees() {
            return reported == recomputed;
        }

        @Override
        public String toString() {
            return what + ": reported " + reported + ", recomputed " + recomputed + (agrees() ? "" : "  DISAGREES");
        }
    }

    /** True only when every file matches, every number was recomputed and every one agrees. */
    public boolean ok() {
        return files.stream().allMatch(f -> f.status() == Status.MATCHES) && numbers().stream()
                .allMatch(NumberCheck::agrees) && notRecomputed.isEmpty();
    }

    public List<NumberCheck> disagreements() {
        return numbers().stream().filter(n -> !n.agrees()).toList();
    }

    /** One line for a verdict label or the command line. */
    public String headline() {
        long matching = files.stream().filter(f -> f.status() == Status.MATCHES).count();
        long agreeing = fileCounts.stream().filter(NumberCheck::agrees).count();
        return (ok() ? "Sources match: " : "Sources do NOT match: ") + matching + " of " + files.size()
                + " source files match; " + agreeing + " of " + fileCounts.size() + " file counts agree; "
                + receiptsAgreeing + " link receipts agree, " + receiptsDisagreeing.size() + " disagree"
                + (notRecomputed.isEmpty() ? "" : "; " + notRecomputed.size() + " not recomputed");
    }

    /** Every finding as a line: files, then disagreeing numbers, then what was not recomputed. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        files.forEach(f -> out.add(f.toString()));
        numbers().forEach(n -> out.add(n.toString()));
        notRecomputed.forEach(n -> out.add("not recomputed: " + n));
        return out;
    }
}
