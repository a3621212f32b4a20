package ringscope.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import ringscope.model.AnalysisParameters;

/** Analysis parameters to and from the JSON stored with each run. Thread-safe. */
final class ParametersJson {
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    String write(AnalysisParameters p) {
        try {
            return json.writeValueAsString(p);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("analysis parameters cannot be written as JSON", e);
        }
    }

    /** @throws IllegalStateException when the stored text is not parameters of this version */
    AnalysisParameters read(String stored) {
        try {
            return json.readValue(stored, AnalysisParameters.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The analysis run's parameters cannot be read (" + e.getOriginalMessage()
                    + "); re-run the analysis.", e);
        }
    }
}
