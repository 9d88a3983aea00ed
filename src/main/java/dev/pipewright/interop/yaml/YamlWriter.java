package dev.pipewright.interop.yaml;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Writes a JSON tree as readable YAML: no document marker, scripts as literal blocks, and quotes
 * only where a YAML 1.1 or 1.2 reader would otherwise take a string for something else.
 */
public final class YamlWriter {

    private static final ObjectMapper MAPPER = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .stringQuotingChecker(new PlainScalars())
            .build()).enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private YamlWriter() {
    }

    /**
     * @param header comment lines put first (each written as {@code # line})
     */
    public static String write(JsonNode tree, String header) {
        try {
            StringBuilder out = new StringBuilder();
            header.lines().forEach(l -> out.append(l.isEmpty() ? "#" : "# " + l).append('\n'));
            out.append(MAPPER.writeValueAsString(tree));
            return out.toString();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always writes as YAML", e);
        }
    }
}
