package dev.pipewright.interop.gitlab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.interop.Imported;
import dev.pipewright.interop.InteropException;
import dev.pipewright.interop.PipelineImporter;
import dev.pipewright.interop.jobs.CiJob;
import dev.pipewright.interop.jobs.Notes;
import dev.pipewright.interop.jobs.PipelineAssembly;
import dev.pipewright.interop.jobs.UniqueNames;
import dev.pipewright.interop.jobs.Unmapped;
import dev.pipewright.interop.yaml.YamlDocument;
import dev.pipewright.interop.yaml.YamlReader;
import dev.pipewright.model.NameRule;
import dev.pipewright.model.PipelineVariable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@code .gitlab-ci.yml}: stages in order, jobs in their stage (after the jobs of the same
 * stage they need), extends, anchors and !reference resolved, parallel matrices expanded, manual
 * jobs behind an approval; what cannot run here is kept in {@code x-gitlab} and reported.
 */
public final class GitLabImporter implements PipelineImporter {

    public static final String EXTENSION = "x-gitlab";
    private static final List<String> DEFAULT_STAGES = List.of("build", "test", "deploy");

    @Override
    public Imported read(String text, String fileName) throws InteropException {
        YamlDocument document = YamlReader.read(text, fileName);
        if (!(document.root() instanceof ObjectNode root)) {
            throw new InteropException(fileName + ": this is not a GitLab CI file: it is not a mapping of jobs");
        }
        var notes = new Notes();
        Map<String, ObjectNode> jobs = GitLabConfig.jobs(root, notes);
        if (jobs.isEmpty()) {
            throw new InteropException(fileName + ": this is not a GitLab CI file: no jobs (a job is a top-level key "
                    + "with a script, not starting with '.')");
        }
        GitLabJobRules.check(document, root, jobs);
        if (root.has("include")) {
            notes.add("include", "not fetched: jobs, templates and variables from included files are missing");
        }
        if (root.path("workflow").has("rules")) {
            notes.add("workflow rules", "left out: Pipewright runs the pipeline when you start it or on a push");
        }
        if (root.has("spec")) {
            notes.add("spec inputs", "left out: give pipeline variables instead");
        }
        ObjectNode kept = Unmapped.of(root, mappedKeys(root, jobs.keySet()));
        if (!kept.isEmpty()) {
            notes.add("file", "its " + Unmapped.names(kept) + " are kept in x-gitlab and written back on export");
        }
        List<String> stages = stages(root);
        var variables = new LinkedHashMap<String, PipelineVariable>();
        var environment = new LinkedHashMap<String, String>();
        readVariables(root.path("variables"), variables, environment, notes);
        Map<String, List<String>> keysByJob = new LinkedHashMap<>();
        jobs.forEach((name, job) -> keysByJob.put(name, GitLabJobReader.keysOf(name, job)));
        var reader = new GitLabJobReader(new GitLabJobReader.Context(stages, jobs, keysByJob, environment, notes));
        var all = new ArrayList<CiJob>();
        for (var job : jobs.entrySet()) {
            int line = document.keyLine(root, job.getKey()).orElse(0);
            all.addAll(reader.read(job.getKey(), job.getValue(), line));
        }
        String name = UniqueNames.following(NameRule.NAME, "pipeline").take(
                root.path("workflow").path("name").asText(baseName(fileName)));
        var frame = new PipelineAssembly.Frame(name, Optional.of("Imported from the GitLab CI file " + fileName + "."),
                stages, List.copyOf(variables.values()), Optional.empty(),
                kept.isEmpty() ? Map.of() : Map.of(EXTENSION, kept.toString()));
        return new Imported(PipelineAssembly.assemble(frame, all, notes), notes.report());
    }

    /**
     * The top-level keys the import maps: the stages, the variables it can name, the workflow's name
     * and the jobs it reads; the rest (include, workflow rules, default, templates...) is kept.
     */
    static java.util.Set<String> mappedKeys(JsonNode root, java.util.Set<String> jobs) {
        var mapped = new java.util.HashSet<>(List.of("stages", "types", "workflow.name"));
        mapped.addAll(jobs);
        root.path("variables").fieldNames().forEachRemaining(name -> {
            if (NameRule.VARIABLE.matches(name)) {
                mapped.add("variables." + name);
            }
        });
        return mapped;
    }

    private static List<String> stages(JsonNode root) {
        JsonNode declared = root.has("stages") ? root.get("stages") : root.path("types");
        var stages = new ArrayList<String>();
        stages.add(".pre");
        if (declared.isArray()) {
            declared.forEach(s -> stages.add(s.asText()));
        } else {
            stages.addAll(DEFAULT_STAGES);
        }
        stages.add(".post");
        return stages;
    }

    private static void readVariables(JsonNode declared, Map<String, PipelineVariable> variables,
                                      Map<String, String> environment, Notes notes) {
        for (var e : declared.properties()) {
            String name = e.getKey();
            if (!NameRule.VARIABLE.matches(name)) {
                notes.add("variable " + name, "kept in x-gitlab: a Pipewright variable name uses only letters, digits and @ - _");
                continue;
            }
            JsonNode value = e.getValue();
            String text = value.isObject() ? value.path("value").asText("") : value.asText();
            Optional<String> description = Optional.ofNullable(value.path("description").asText(null));
            variables.put(name, new PipelineVariable(name, Optional.of(text), description, false, Optional.empty()));
            environment.put(name, "#{variables." + name + "}");
        }
    }

    static String baseName(String fileName) {
        String base = fileName.replaceAll(".*[/\\\\]", "").replaceAll("\\.(ya?ml)$", "");
        return base.equals(".gitlab-ci") ? "gitlab-ci" : base;
    }
}
