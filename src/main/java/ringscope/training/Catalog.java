package ringscope.training;

import java.util.List;

/**
 * The fixed vocabulary of the synthetic world: countries with their UTC offsets, models, categories, client user
 * agents, email domains, sign-up paths and plans. Every name is invented; domains end in {@code .example}. Immutable.
 */
final class Catalog {
    private Catalog() {}

    /** A country (or one time zone of a large country) with its share of users and its number of ISPs. */
    record Country(String code, int offsetMinutes, double weight, int isps) {}

    /** A model with its decoding speed, for latencies. */
    record Model(String name, double weight, double msPerOutputToken) {}

    /** A request category with multipliers of the account's typical input and output sizes. */
    record Category(String name, double weight, double inputFactor, double outputFactor) {}

    /** A weighted string (user agents, domains, sign-up paths, plans). */
    record Weighted(String value, double weight) {}

    static final List<Country> COUNTRIES = List.of(
            new Country("US", -300, 10, 3), new Country("US", -480, 8, 2), new Country("CA", -300, 3, 2),
            new Country("BR", -180, 4, 2), new Country("MX", -360, 2, 1), new Country("AR", -180, 1, 1),
            new Country("GB", 0, 5, 2), new Country("DE", 60, 5, 2), new Country("FR", 60, 4, 2),
            new Country("NL", 60, 2, 1), new Country("ES", 60, 2, 1), new Country("IT", 60, 2, 1),
            new Country("PL", 60, 2, 1), new Country("SE", 60, 1, 1), new Country("UA", 120, 1, 1),
            new Country("TR", 180, 2, 1), new Country("IL", 120, 1, 1), new Country("AE", 240, 1, 1),
            new Country("IN", 330, 8, 3), new Country("SG", 480, 2, 1), new Country("HK", 480, 1, 1),
            new Country("TW", 480, 1, 1), new Country("JP", 540, 4, 2), new Country("KR", 540, 3, 2),
            new Country("AU", 600, 2, 1), new Country("ID", 420, 2, 1), new Country("VN", 420, 2, 1),
            new Country("PH", 480, 2, 1), new Country("NG", 60, 2, 1), new Country("ZA", 120, 1, 1),
            new Country("EG", 120, 1, 1));

    static final List<Model> MODELS = List.of(
            new Model("orion-mini-2", 30, 6), new Model("orion-2", 45, 12), new Model("orion-pro-2", 25, 22),
            new Model("orion-pro-3", 0, 20));

    static final List<Category> CATEGORIES = List.of(
            new Category("chat", 30, 1.0, 1.0), new Category("writing", 14, 1.2, 1.6),
            new Category("coding", 18, 2.0, 1.4), new Category("analysis", 9, 2.5, 1.0),
            new Category("translation", 6, 1.0, 1.0), new Category("summarization", 8, 4.0, 0.5),
            new Category("math", 4, 0.8, 1.5), new Category("agentic", 5, 5.0, 0.8),
            new Category("vision", 6, 1.5, 0.7));

    static final List<Weighted> USER_AGENTS = List.of(
            new Weighted("orion-sdk-python/0.34.1", 20), new Weighted("orion-sdk-python/0.33.0", 6),
            new Weighted("orion-sdk-ts/0.27.3", 10), new Weighted("python-httpx/0.27.0", 8),
            new Weighted("python-requests/2.32.3", 8), new Weighted("node-fetch/3.3.2", 4),
            new Weighted("axios/1.7.7", 5), new Weighted("curl/8.5.0", 4), new Weighted("Go-http-client/2.0", 3),
            new Weighted("okhttp/4.12.0", 2), new Weighted("Java-http-client/17.0.12", 2),
            new Weighted("PostmanRuntime/7.42.0", 2),
            new Weighted("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                    + "Chrome/128.0.0.0 Safari/537.36", 6),
            new Weighted("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                    + "Version/17.5 Safari/605.1.15", 3),
            new Weighted("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                    + "Chrome/129.0.0.0 Safari/537.36", 2));

    static final List<Weighted> WEBMAIL = List.of(
            new Weighted("inboxly.example", 35), new Weighted("postmail.example", 20),
            new Weighted("mailhub.example", 12), new Weighted("letterbox.example", 8),
            new Weighted("qmail.example", 6), new Weighted("webpost.example", 5));

    static final List<Weighted> SIGNUP_PATHS = List.of(
            new Weighted("email+card", 45), new Weighted("sso_google", 25), new Weighted("email+sms", 15),
            new Weighted("sso_github", 10), new Weighted("email_only", 5), new Weighted("email+sms_voip", 0.5));

    static final List<Weighted> PLANS = List.of(
            new Weighted("free", 40), new Weighted("pay_as_you_go", 45), new Weighted("team", 10),
            new Weighted("enterprise", 5));

    /** Name parts for invented companies, ISPs and hosting providers. */
    static final List<String> NAME_A = List.of("North", "Blue", "Harbor", "Silver", "Cedar", "Granite", "Amber",
            "Lumen", "Kestrel", "Orchid", "Pioneer", "Summit", "Willow", "Copper", "Falcon", "Meridian");
    static final List<String> NAME_B = List.of("wind", "bell", "stone", "field", "gate", "line", "bridge", "peak",
            "brook", "crest", "haven", "works", "leaf", "point", "ridge", "vale");

    /** Hosting providers: name and country. Their address blocks are given out by {@link NetworkPlan}. */
    static final List<Weighted> HOSTING = List.of(
            new Weighted("Nimbus Cloud|US", 30), new Weighted("Stratus Compute|US", 20),
            new Weighted("Cirrus Hosting|DE", 12), new Weighted("Altocloud|SG", 10),
            new Weighted("Harborline VPS|NL", 8), new Weighted("Offshore Racks|SC", 2),
            new Weighted("Tidewater Datacenters|US", 10), new Weighted("Kumo Servers|JP", 8));

    static String companyName(int i) {
        return NAME_A.get(i % NAME_A.size()) + NAME_B.get((i / NAME_A.size()) % NAME_B.size());
    }
}
