package ringscope.model;

import java.util.List;

/** What {@code AnalysisService.run} stored: the run and the time each step took. */
public record AnalysisRun(AnalysisRunInfo info, List<StepTime> steps) {
    public AnalysisRun {
        steps = List.copyOf(steps);
    }

    public long id() {
        return info.id();
    }
}
