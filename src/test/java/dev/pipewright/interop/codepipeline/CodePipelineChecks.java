package dev.pipewright.interop.codepipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** What the CodePipeline service would refuse in an exported declaration: its structure rules and API model. */
public final class CodePipelineChecks {

    private static ApiModelChecker checker;

    private CodePipelineChecks() {
    }

    /** Every problem of {@code declaration} (the file's text); the API model's only where it is present. */
    public static synchronized List<String> problems(String declaration) {
        try {
            JsonNode root = new JsonMapper().readTree(declaration);
            var problems = new ArrayList<>(ServiceRules.broken(root.path("pipeline")));
            if (checker == null && Files.isRegularFile(CodePipelineRoundTripTest.API_MODEL)) {
                checker = ApiModelChecker.load(CodePipelineRoundTripTest.API_MODEL);
            }
            if (checker != null) {
                problems.addAll(checker.check(root, "CreatePipelineInput"));
            }
            return problems;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
