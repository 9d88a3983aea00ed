package dev.pipewright.interop.yaml;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** Writes a JSON tree as readable YAML: no document marker, few quotes, scripts as literal blocks. */
public final class YamlWriter {

    private static final YAMLMapper MAPPER = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build());

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
