package ringscope.casework;

import java.util.List;

/** The tags a new case starts with; analysts edit, delete or add to them like any other tag. */
public final class StarterTaxonomy {
    /** A starter tag: name, colour ({@code #RRGGBB}) and what it means. */
    public record Entry(String name, String colour, String description) {}

    public static final List<Entry> TAGS = List.of(
            new Entry("suspected reseller network", "#D62728",
                    "Accounts that appear to resell API access: shared payment, keys or end users across accounts."),
            new Entry("distillation campaign", "#9467BD",
                    "Coordinated accounts harvesting model outputs at scale: templated prompts, synchronised bursts."),
            new Entry("account farm", "#FF7F0E",
                    "Many accounts created together to evade limits: shared signup IPs, sequential e-mails."),
            new Entry("benign: shared NAT", "#2CA02C",
                    "Unrelated users behind one address (campus, carrier NAT, VPN exit); shared IP alone is no link."),
            new Entry("benign: enterprise", "#17BECF",
                    "One organisation's legitimate accounts: shared billing and SSO domain by design."),
            new Entry("needs review", "#BCBD22", "Not decided yet; look again."),
            new Entry("false positive", "#7F7F7F", "Looked suspicious, checked, and is not."));

    private StarterTaxonomy() {}
}
