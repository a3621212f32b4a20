package ringscope.training;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The answer-key entry of a hydra campaign: its members and every signal planted, with the concrete values. */
final class HydraKey {
    private HydraKey() {}

    static Records.Cluster cluster(Scenario.Hydra spec, List<Actor> campaign, List<String> egress,
            List<String> templates, List<String> bursts, List<String> waves, World world) {
        List<String> members = campaign.stream().map(a -> a.account().accountId()).toList();
        long banned = campaign.stream().filter(a -> a.account().status().equals("banned")).count();
        Set<String> shapes = new LinkedHashSet<>();
        campaign.forEach(a -> shapes.add(a.account().identity().emailHash().substring(0, 8)));
        Set<String> subnets = new LinkedHashSet<>();
        egress.forEach(ip -> subnets.add(ip.substring(0, ip.lastIndexOf('.')) + ".0/24"));
        List<Records.Signal> signals = new ArrayList<>(List.of(
                new Records.Signal("signup_bursts",
                        "Accounts created in bursts of about " + spec.burstSize() + " within 90 minutes (burst starts).",
                        bursts),
                new Records.Signal("patterned_email",
                        "Email hashes share a few shape prefixes (the part before '-'): addresses made by one script.",
                        List.copyOf(shapes)),
                new Records.Signal("same_verification_path", "Every account verified the same way.",
                        List.of(HydraPlanter.SIGNUP_PATH)),
                new Records.Signal("shared_infrastructure",
                        "Sign-up and request IPs come from a few hosting /24s, reused by replacement accounts.",
                        List.copyOf(subnets)),
                new Records.Signal("narrow_categories", "Only coding and agentic requests.",
                        List.of("coding", "agentic")),
                new Records.Signal("prompt_templates",
                        "A handful of chain-of-thought-eliciting templates shared by every account; outputs several "
                                + "times longer than inputs.", templates),
                new Records.Signal("synchronized_activity",
                        "Hourly activity series of the accounts are strongly correlated (one controller schedule), "
                                + "requests evenly spaced, about " + Math.round(spec.dailyPerAccount())
                                + " per account per day with little spread, almost never rate-limited.", List.of()),
                new Records.Signal("ban_replacement",
                        banned + " accounts banned in waves (see events.csv); replacements appear within hours on "
                                + "the same infrastructure (wave times).", waves)));
        world.scenario().plan().release().ifPresent(r -> signals.add(new Records.Signal("model_switch",
                "About half the traffic moves to " + r.model() + " within 24 hours of its release.",
                List.of(r.model(), Timestamps.format(world.releaseAt())))));
        return new Records.Cluster("hydra-1", "hydra", true, null, null, members, signals);
    }
}
