package ringscope.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The canonical JSON the log stores and hashes. */
class CanonicalJsonTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void sortsKeysDropsWhitespaceAndEscapesLikeRfc8785() throws Exception {
        String text = "{ \"b\": [1, true, null], \"a\": \"x\\u0001\\n\\\"\u00e9\u202e\" , \"A\": {\"z\":0,\"y\":-3}}";

        assertThat(CanonicalJson.write(json.readTree(text)))
                .isEqualTo("{\"A\":{\"y\":-3,\"z\":0},\"a\":\"x\\u0001\\n\\\"\u00e9\u202e\",\"b\":[1,true,null]}");
    }

    @Test
    void unpairedSurrogatesAreEscapedSoDifferentStringsNeverHashAlike() {
        assertThat(CanonicalJson.string("a\ud800b")).isEqualTo("\"a\\ud800b\"");
        assertThat(CanonicalJson.string("\ud83d\ude00")).isEqualTo("\"\ud83d\ude00\"");
    }

    @Test
    void refusesFractions() throws Exception {
        assertThatThrownBy(() -> CanonicalJson.write(json.readTree("[1.5]")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
