package ringscope.training;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What to generate: a population, a time window and the campaigns to plant. Read from a small JSON file by
 * {@link ScenarioReader}; the same scenario and seed always give byte-identical files. Counts are accounts, rates are
 * interactions per account per day. Absent campaigns are not planted.
 *
 * @param name dataset name, written to {@code dataset.json}
 * @param description one-paragraph story, written to {@code dataset.json}
 * @param seed the only source of randomness
 * @param start first instant of the window (UTC, whole hour)
 * @param days length of the window in days
 * @param gzipInteractions write {@code interactions.csv.gz} instead of {@code interactions.csv}
 * @param plan the population and the campaigns
 */
public record Scenario(
        String name, String description, long seed, Instant start, int days, boolean gzipInteractions, Plan plan) {

    /** First instant after the window. */
    public Instant end() {
        return start.plusSeconds(days * 86_400L);
    }

    /** This scenario with another seed. */
    public Scenario withSeed(long newSeed) {
        return new Scenario(name, description, newSeed, start, days, gzipInteractions, plan);
    }

    /**
     * This scenario over another number of days (ban waves and the release keep their day numbers).
     *
     * @throws IllegalArgumentException if a ban wave or the release would fall outside the new window
     */
    public Scenario withDays(int newDays) {
        boolean waveOutside = plan.hydra().stream()
                .flatMap(h -> h.banWaves().stream())
                .anyMatch(w -> w.day() >= newDays);
        boolean releaseOutside = plan.release().filter(r -> r.day() >= newDays).isPresent();
        if (waveOutside || releaseOutside) {
            throw new IllegalArgumentException(
                    "a ban wave or the model release falls outside " + newDays + " days; edit the scenario instead");
        }
        return new Scenario(name, description, seed, start, newDays, gzipInteractions, plan);
    }

    /** This scenario with interactions compressed or not. */
    public Scenario withGzip(boolean gzip) {
        return new Scenario(name, description, seed, start, days, gzip, plan);
    }

    /**
     * This scenario with every account count multiplied by {@code factor} (rates, days and fractions unchanged);
     * planted groups keep a minimum size so that every signal stays visible.
     */
    public Scenario scaled(double factor) {
        if (!(factor > 0) || factor > 1000) {
            throw new IllegalArgumentException("scale must be in (0, 1000]: " + factor);
        }
        return new Scenario(name, description, seed, start, days, gzipInteractions, plan.scaled(factor));
    }

    static int scale(int count, double factor, int min) {
        if (count == 0) {
            return 0;
        }
        return Math.max(min, (int) Math.round(count * factor));
    }

    /** The population and the planted campaigns; an empty optional means "not planted". */
    public record Plan(
            Background background,
            Optional<ModelRelease> release,
            Optional<Reseller> reseller,
            Optional<Hydra> hydra,
            Traps traps) {
        Plan scaled(double f) {
            return new Plan(background.scaled(f), release, reseller.map(r -> r.scaled(f)), hydra.map(h -> h.scaled(f)),
                    traps.scaled(f));
        }
    }

    /**
     * Ordinary users.
     *
     * @param accounts number of accounts
     * @param medianDaily median over accounts of the mean interactions per day (volumes are log-normal)
     * @param volumeSigma log-space spread of the per-account volume (1.0 to 1.6 gives a realistic heavy tail)
     * @param suspendedShare share of accounts suspended during the window for ordinary reasons
     */
    public record Background(int accounts, double medianDaily, double volumeSigma, double suspendedShare) {
        Background scaled(double f) {
            return new Background(scale(accounts, f, 1), medianDaily, volumeSigma, suspendedShare);
        }
    }

    /**
     * A model release: a {@code model_release} event; traffic of {@code replaces} starts moving to {@code model}.
     *
     * @param day days after the window start (fractional)
     * @param backgroundShare share of the replaced model's background traffic that has moved after a few weeks
     */
    public record ModelRelease(double day, String model, String replaces, double backgroundShare) {}

    /**
     * Reseller networks: accounts that resell API access behind pooled cards and proxies.
     *
     * @param networks number of independent networks (each its own cluster)
     * @param accountsPerNetwork accounts in each network
     * @param instruments pooled payment instruments per network
     * @param proxyIps shared proxy egress IPs per network
     * @param medianDaily median interactions per account per day
     * @param endUsersPerAccount distinct downstream customers per account (the {@code end_user} fan-out)
     */
    public record Reseller(
            int networks, int accountsPerNetwork, int instruments, int proxyIps, double medianDaily,
            int endUsersPerAccount) {
        Reseller scaled(double f) {
            return new Reseller(networks, scale(accountsPerNetwork, f, 6), instruments, proxyIps, medianDaily,
                    endUsersPerAccount);
        }
    }

    /**
     * A hydra distillation campaign.
     *
     * @param accounts all campaign accounts, replacements included
     * @param burstSize accounts created per sign-up burst
     * @param dailyPerAccount mean interactions per active account per day
     * @param templates number of prompt templates the campaign rotates
     * @param egressIps campaign egress IPs (hosting ASNs), shared by original and replacement accounts
     * @param banWaves platform ban waves; each bans a fraction of the active campaign accounts
     * @param replacementRatio replacement accounts created per banned account
     */
    public record Hydra(
            int accounts, int burstSize, double dailyPerAccount, int templates, int egressIps, List<BanWave> banWaves,
            double replacementRatio) {
        public Hydra {
            banWaves = List.copyOf(banWaves);
        }

        Hydra scaled(double f) {
            return new Hydra(scale(accounts, f, 12), scale(burstSize, f, 4), dailyPerAccount, templates,
                    scale(egressIps, f, 4), banWaves, replacementRatio);
        }
    }

    /** A ban wave {@code day} days after the start, banning {@code fraction} of the active campaign accounts. */
    public record BanWave(double day, double fraction) {}

    /**
     * Benign look-alikes; a count of 0 leaves that trap out.
     *
     * @param universityLab accounts of a university lab behind one NAT IP
     * @param enterprise employee accounts of one company sharing a card and an email domain
     * @param ciBots accounts of CI bots with heavy, regular traffic
     * @param agentFrameworkShare share of background accounts that use a popular open-source agent framework (whose
     *     system prompt, and so template hash, they share)
     */
    public record Traps(int universityLab, int enterprise, int ciBots, double agentFrameworkShare) {
        public static final Traps NONE = new Traps(0, 0, 0, 0);

        Traps scaled(double f) {
            return new Traps(scale(universityLab, f, 3), scale(enterprise, f, 3), ciBots, agentFrameworkShare);
        }
    }
}
