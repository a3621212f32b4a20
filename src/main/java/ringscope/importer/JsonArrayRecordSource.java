package ringscope.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import ringscope.model.RejectReason;

/**
 * Streams the objects of one top-level JSON array (an API or UI "JSON export"), one element at a time, so memory stays
 * bounded by one element. A record's line number is the line where its object starts. Because JSON cannot be
 * resynchronised after a syntax error, broken JSON ends the file with {@link ImportFileException}; an element that is
 * not an object, or holds a lone surrogate escape, is a bad record.
 */
final class JsonArrayRecordSource implements RecordSource {
    private final InputStream in;
    private final ObjectMapper mapper = StrictJson.mapper();
    /** Elements are read one at a time from the open array: what follows an element is the array's business. */
    private final com.fasterxml.jackson.databind.ObjectReader element = mapper.readerFor(JsonNode.class)
            .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final JsonRecords json = new JsonRecords();
    private final JsonParser parser;
    private final boolean bom;
    private boolean done;

    JsonArrayRecordSource(InputStream in) throws IOException, ImportFileException {
        java.io.BufferedInputStream b = new java.io.BufferedInputStream(in);
        b.mark(3);
        byte[] head = b.readNBytes(3);
        bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        b.reset();
        if (bom) {
            b.skipNBytes(3);
        }
        b.mark(4);
        byte[] start = b.readNBytes(4);
        b.reset();
        for (byte x : start) {
            // Jackson guesses UTF-16/32 from NUL bytes here; the file must be UTF-8 (found by fuzzing: a preview did
            // not go through SourceStream's check and Jackson threw CharConversionException or decoded UTF-32)
            if (x == 0) {
                throw new ImportFileException("Not UTF-8 text (NUL bytes at the start; UTF-16/32?): re-save as UTF-8");
            }
        }
        this.in = b;
        this.parser = mapper.createParser(b);
        // the owner closes the stream: it still verifies the file's hash after the last element
        parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
        try {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new ImportFileException("Expected a JSON array of objects (a JSON export); for one object per "
                        + "line choose JSON Lines");
            }
        } catch (JsonProcessingException e) {
            throw new ImportFileException("JSON syntax error: " + JsonRecords.describe(e), e);
        }
    }

    @Override
    public SourceRecord next() throws IOException, ImportFileException {
        if (done) {
            return null;
        }
        try {
            JsonToken t = parser.nextToken();
            if (t == JsonToken.END_ARRAY || t == null) {
                done = true;
                if (t == null || parser.nextToken() != null) {
                    throw new ImportFileException("The JSON array is not closed, or is followed by more data");
                }
                return null;
            }
            long line = parser.currentTokenLocation().getLineNr();
            long offset = parser.currentTokenLocation().getByteOffset() + (bom ? 3 : 0);
            JsonNode node;
            try {
                node = element.readValue(parser);
            } catch (NumberFormatException e) {
                throw new ImportFileException("A number near line " + line + " is out of range: " + e.getMessage(), e);
            }
            String raw = RecordSource.excerpt(node.toString());
            if (!node.isObject()) {
                return SourceRecord.bad(line, offset, raw, RejectReason.NOT_AN_OBJECT, "expected a JSON object");
            }
            if (JsonlRowReader.hasUnpairedSurrogate(node.toString())) {
                return SourceRecord.bad(line, offset, raw, RejectReason.UNPAIRED_SURROGATE,
                        "a value holds an unpaired UTF-16 surrogate escape");
            }
            return SourceRecord.ok(line, offset, raw, json.flatten(node));
        } catch (JsonProcessingException e) {
            done = true;
            throw new ImportFileException("JSON syntax error: " + JsonRecords.describe(e)
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
        }
    }

    @Override
    public List<String> columns() {
        return json.columns();
    }

    @Override
    public long blankLines() {
        return 0;
    }

    @Override
    public boolean bomPresent() {
        return bom;
    }

    @Override
    public void close() throws IOException {
        parser.close();
        in.close();
    }
}
