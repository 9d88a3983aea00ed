package dev.pipewright.interop.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.interop.jobs.ExportJob;
import dev.pipewright.interop.jobs.ExportPlan;
import dev.pipewright.interop.jobs.Notes;
import dev.pipewright.interop.jobs.Unmapped;
import dev.pipewright.model.Action;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Writes one planned job: the steps that do on GitHub what the action's provider does here. */
final class GitHubJobWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final UnaryOperator<String> references;
    private final Set<String> artifactNames;
    private final Set<String> jobIds;
    private final Notes notes;

    /** @param references rewrites {@code #{...}} references of a text into GitHub expressions */
    GitHubJobWriter(UnaryOperator<String> references, Set<String> artifactNames, Set<String> jobIds, Notes notes) {
        this.references = references;
        this.artifactNames = artifactNames;
        this.jobIds = jobIds;
        this.notes = notes;
    }

    ObjectNode write(ExportPlan.Job planned, Set<String> publishedOutputs) {
        Action action = planned.action();
        String where = "stage " + planned.stage().name() + ", action " + action.name();
        ObjectNode job = NODES.objectNode();
        job.put("name", planned.stage().name() + " / " + action.name());
        if (!planned.needs().isEmpty()) {
            ArrayNode needs = job.putArray("needs");
            planned.needs().forEach(needs::add);
        }
        ExportJob exported = ExportJob.of(action);
        if (exported.work() instanceof ExportJob.ChildPipeline child) {
            return callWorkflow(job, child, where);
        }
        job.put("runs-on", exported.shell().equals("cmd") ? "windows-latest" : "ubuntu-latest");
        exported.timeoutInMinutes()
                .ifPresent(t -> job.put("timeout-minutes", t.setScale(0, RoundingMode.CEILING).intValueExact()));
        if (!publishedOutputs.isEmpty()) {
            ObjectNode outputs = job.putObject("outputs");
            publishedOutputs.forEach(k -> outputs.put(k, "${{ steps.run.outputs." + k + " }}"));
        }
        ArrayNode steps = job.putArray("steps");
        Optional<JsonNode> kept = kept(action);
        Optional<ExportJob.Commands> commands = Optional.of(exported.work())
                .filter(ExportJob.Commands.class::isInstance).map(ExportJob.Commands.class::cast);
        Optional<ArrayNode> rebuilt = kept.flatMap(k -> commands.flatMap(c ->
                GitHubKeptSteps.rebuild(c.lines(), k.path("steps"), references)));
        if (rebuilt.isPresent()) {
            steps.addAll(rebuilt.get());
            commands.flatMap(ExportJob.Commands::workingDirectory).ifPresent(d -> job.putObject("defaults")
                    .putObject("run").put("working-directory", references.apply(d)));
            publishFromKeptSteps(job, kept.get(), rebuilt.get(), publishedOutputs);
        } else {
            exported.work().render(new GitHubWork(new GitHubWork.Job(job, steps, exported, planned.id(), action.name(),
                    where), references, artifactNames, notes));
        }
        kept.ifPresent(k -> writeBack(job, k, rebuilt.isPresent(), where));
        if (rebuilt.isPresent()) {
            restoreNeeds(job, kept.get(), planned, where);
        }
        var others = new ArrayList<>(action.extensions().keySet());
        others.remove(GitHubImporter.EXTENSION);
        if (!others.isEmpty()) {
            notes.add(where, "its " + String.join(", ", others) + " fields are not written: they are kept only in the "
                    + "Pipewright file");
        }
        return job;
    }

    /** What a GitHub import kept of the job, as written in x-github. */
    private static Optional<JsonNode> kept(Action action) {
        return Unmapped.read(action.extensions().get(GitHubImporter.EXTENSION));
    }

    /**
     * The job keys a GitHub import kept go back where they were: the runner, condition, services,
     * environment... win over what the export chose; a reusable workflow's job has no steps or runner.
     */
    private void writeBack(ObjectNode job, JsonNode kept, boolean stepsRebuilt, String where) {
        ObjectNode keys = kept.deepCopy();
        keys.remove(List.of("steps", "outputs", "needs"));
        if (keys.path("strategy").isObject() && !keys.path("strategy").has("matrix")) {
            notes.add(where, "its strategy " + Unmapped.names(keys.path("strategy")) + " is not written back: each "
                    + "matrix combination is a job of its own");
            keys.remove("strategy");
        }
        Unmapped.writeBack(job, keys, true);
        if (keys.has("uses")) {
            job.remove(List.of("steps", "runs-on", "timeout-minutes"));
        }
        if (!stepsRebuilt && kept.path("steps").isArray()
                && java.util.stream.StreamSupport.stream(kept.path("steps").spliterator(), false).anyMatch(JsonNode::isObject)
                && !keys.has("uses")) {
            notes.add(where, "its commands were changed since the import, so the steps it kept (uses steps among "
                    + "them) are not written back: add them by hand");
        }
    }

    /**
     * A job given back with its own steps (its checkout and artifact steps among them) needs what
     * the imported job needed, as long as those jobs are all still there: not every job of the stage
     * before, which is how a Pipewright stage waits.
     */
    private void restoreNeeds(ObjectNode job, JsonNode kept, ExportPlan.Job planned, String where) {
        JsonNode declared = kept.path("needs");
        var needs = new java.util.LinkedHashSet<String>();
        for (JsonNode need : declared.isArray() ? declared : NODES.arrayNode().add(declared)) {
            if (need.isMissingNode() || need.isNull()) {
                continue;
            }
            String id = need.asText();
            // a matrix job became one job per combination, named after it
            List<String> ids = jobIds.contains(id) ? List.of(id)
                    : jobIds.stream().filter(j -> j.startsWith(id + "-")).sorted().toList();
            if (ids.isEmpty()) {
                return;
            }
            needs.addAll(ids);
        }
        if (needs.equals(new java.util.LinkedHashSet<>(planned.needs()))) {
            return;
        }
        job.remove("needs");
        if (!needs.isEmpty()) {
            ArrayNode written = NODES.arrayNode();
            needs.forEach(written::add);
            ObjectNode rest = job.deepCopy();
            job.removeAll();
            rest.properties().forEach(e -> {
                job.set(e.getKey(), e.getValue());
                if (e.getKey().equals("name")) {
                    job.set("needs", written);
                }
            });
        }
        notes.add(where, "needs " + (needs.isEmpty() ? "no job" : String.join(", ", needs)) + " as the imported job "
                + "did, not " + String.join(", ", planned.needs()) + ": it checks out and downloads for itself, and on "
                + "GitHub it may start before the rest of the stage before it");
    }

    /** With the job's own steps given back, its outputs name those steps again, as the import found them. */
    private static void publishFromKeptSteps(ObjectNode job, JsonNode kept, ArrayNode steps, Set<String> published) {
        job.remove("outputs");
        ObjectNode outputs = NODES.objectNode();
        kept.path("outputs").properties().forEach(e -> outputs.set(e.getKey(), e.getValue().deepCopy()));
        String firstId = java.util.stream.StreamSupport.stream(steps.spliterator(), false)
                .filter(s -> s.has("id") && s.has("run")).map(s -> s.get("id").asText()).findFirst().orElse("run");
        for (String key : published) {
            if (outputs.has(key)) {
                continue;
            }
            String fed = "${{ steps." + firstId + ".outputs." + key + " }}";
            for (var e : kept.path("outputs").properties()) {
                if (e.getValue().asText().matches("\\$\\{\\{\\s*steps\\.[A-Za-z0-9_-]+\\.outputs\\."
                        + java.util.regex.Pattern.quote(key) + "\\s*}}")) {
                    fed = e.getValue().asText();
                }
            }
            outputs.put(key, fed);
        }
        if (!outputs.isEmpty()) {
            job.set("outputs", outputs);
        }
        // outputs come before steps, as people write them
        JsonNode stepsNode = job.remove("steps");
        job.set("steps", stepsNode);
    }

    private ObjectNode callWorkflow(ObjectNode job, ExportJob.ChildPipeline child, String where) {
        String pipelineFile = references.apply(child.pipelineFile());
        String file = pipelineFile.replaceAll(".*[/\\\\]", "").replaceAll("\\.pipeline\\.json$|\\.json$", "");
        job.put("uses", "./.github/workflows/" + file + ".yml");
        notes.add(where, "runs the pipeline " + references.apply(child.pipelineFile()) + ": export it to "
                + ".github/workflows/" + file + ".yml with 'on: workflow_call' added, which this job calls"
                + (child.hasVariables() ? "; its variables must become that workflow's inputs" : ""));
        return job;
    }
}
