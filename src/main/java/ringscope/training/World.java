package ringscope.training;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The fixed context of one generation run: the scenario, its window in epoch seconds, the synthetic network, the daily
 * shapes and the shared weighted choices. Immutable after construction.
 */
final class World {
    /** Where the university lab and the enterprise trap sit: index into {@link Catalog#COUNTRIES}. */
    static final int UNIVERSITY_COUNTRY = 0;
    static final int ENTERPRISE_COUNTRY = 6;

    private final Scenario scenario;
    private final long start;
    private final long end;
    private final NetworkPlan network;
    private final Personas personas = new Personas();
    private final Choice<Integer> countries;
    private final Choice<Catalog.Model> models;
    private final Choice<Catalog.Category> categories;
    private final Choice<String> userAgents;
    private final long releaseAt;

    World(Scenario scenario) {
        this.scenario = scenario;
        this.start = scenario.start().getEpochSecond();
        this.end = scenario.end().getEpochSecond();
        this.network = new NetworkPlan(Catalog.COUNTRIES.get(UNIVERSITY_COUNTRY).code(),
                Catalog.COUNTRIES.get(ENTERPRISE_COUNTRY).code());
        this.countries = Choice.of(IntStream.range(0, Catalog.COUNTRIES.size()).boxed().toList(),
                i -> Catalog.COUNTRIES.get(i).weight());
        this.models = Choice.of(Catalog.MODELS, Catalog.Model::weight);
        this.categories = Choice.of(Catalog.CATEGORIES, Catalog.Category::weight);
        this.userAgents = Choice.weighted(Catalog.USER_AGENTS);
        this.releaseAt = scenario.plan().release()
                .map(r -> start + Math.round(r.day() * 86_400))
                .orElse(Long.MAX_VALUE);
    }

    Scenario scenario() {
        return scenario;
    }

    long seed() {
        return scenario.seed();
    }

    /** First second of the window. */
    long start() {
        return start;
    }

    /** First second after the window. */
    long end() {
        return end;
    }

    NetworkPlan network() {
        return network;
    }

    Personas personas() {
        return personas;
    }

    /** Country entries (indices into {@link Catalog#COUNTRIES}) weighted by user share. */
    Choice<Integer> countries() {
        return countries;
    }

    Choice<Catalog.Model> models() {
        return models;
    }

    Choice<Catalog.Category> categories() {
        return categories;
    }

    Choice<String> userAgents() {
        return userAgents;
    }

    /** Release time of the scenario's new model, or {@link Long#MAX_VALUE} when nothing is released. */
    long releaseAt() {
        return releaseAt;
    }

    /** The catalogue model called {@code name}. */
    static Catalog.Model model(String name) {
        return Catalog.MODELS.stream()
                .filter(m -> m.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown model " + name));
    }

    /** The catalogue categories called {@code names}, with the given weights. */
    static Choice<Catalog.Category> categories(List<String> names, double... weights) {
        List<Catalog.Category> picked = names.stream()
                .map(n -> Catalog.CATEGORIES.stream().filter(c -> c.name().equals(n)).findFirst().orElseThrow(
                        () -> new IllegalArgumentException("unknown category " + n)))
                .toList();
        return Choice.of(picked, weights);
    }

    /** Model choice for ordinary users: their own preferences, adopting the released model gradually. */
    ModelChooser gradualAdoption(Choice<Catalog.Model> base, double shareFactor, double rampDays) {
        return scenario.plan().release()
                .map(r -> new ModelChooser(base, model(r.replaces()), model(r.model()), releaseAt,
                        Math.min(1.0, r.backgroundShare() * shareFactor), rampDays * 86_400, false))
                .orElse(ModelChooser.fixed(base));
    }
}
