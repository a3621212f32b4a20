package ringscope.analysis.cluster;

import ringscope.model.LinkRule;

/**
 * The weight with which a pair's links bind it (compared with {@code minPairWeight}): the sum of their weights, with
 * three exceptions, all about evidence that is not what it seems when counted on its own.
 *
 * <ul>
 *   <li>One client, one signal: {@link LinkRule#SHARED_TEMPLATE} and {@link LinkRule#SHARED_USER_AGENT} both describe
 *       the client program, and a framework or SDK ships its system prompt and its user agent together; a pair
 *       sharing both counts the larger of the two, not their sum (unrelated users of one agent framework shared a
 *       template and a user agent worth 0.49 together, so any coincidence of email domain or ASN bound them).
 *   <li>Corroboration only: {@link LinkRule#SIGNUP_BURST} adds at most as much as the pair's other links together.
 *       Sign-ups minutes apart from one /24 or verification path are a coincidence for unrelated accounts as often as
 *       not, so a burst alone binds nothing, and with support it can at most double that support (a burst of 0.53
 *       with a shared user agent of 0.3 counts 0.3 + 0.3, which binds; with a shared /24 of 0.18 it counts
 *       0.18 + 0.18, which does not).
 *   <li>Weak links only with support: a pair whose links are all of the weak tier binds nothing, however many there
 *       are; it needs at least one strong or medium link (a burst and a shared device support each other, as above).
 *       On the classroom sample a background account whose only ties to one reseller were a common SDK user agent, a
 *       webmail domain and an email shape (weak links adding up past 0.5) was bound to the network by that pair.
 * </ul>
 *
 * A pair's links are accumulated into a {@code double[SLOTS]} with {@link #add}; {@link #binding} reads it. Stateless.
 */
public final class PairWeight {
    /** Length of an accumulator array. */
    public static final int SLOTS = 5;

    private static final int OTHER = 0;
    private static final int CORROBORATING = 1;
    private static final int TEMPLATE = 2;
    private static final int USER_AGENT = 3;
    private static final int SUPPORT = 4;

    private PairWeight() {}

    /** Adds a link of {@code rule} with {@code weight} to a pair's accumulator. */
    public static void add(double[] acc, LinkRule rule, double weight) {
        acc[switch (rule) {
            case SIGNUP_BURST -> CORROBORATING;
            case SHARED_TEMPLATE -> TEMPLATE;
            case SHARED_USER_AGENT -> USER_AGENT;
            default -> OTHER;
        }] += weight;
        if (rule.tier() != LinkRule.Tier.WEAK) {
            acc[SUPPORT] += weight;
        }
    }

    /** The binding weight of the links added to {@code acc}. */
    public static double binding(double[] acc) {
        if (acc[SUPPORT] <= 0) {
            return 0;
        }
        double supported = acc[OTHER] + Math.max(acc[TEMPLATE], acc[USER_AGENT]);
        return supported + Math.min(acc[CORROBORATING], supported);
    }
}
