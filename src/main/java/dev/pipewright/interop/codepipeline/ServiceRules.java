package dev.pipewright.interop.codepipeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The structure rules CodePipeline enforces when a pipeline is created, beyond what its API model
 * says (the user guide's "pipeline structure reference"): at least two stages, Source actions in
 * the first stage only and only Source actions there, each source with no input and one output,
 * output artifact names unique, inputs produced by an earlier action, and the artifact counts of
 * the actions the exporter writes. A declaration that breaks one would be refused by the service;
 * the exporter refuses it first, naming what to change.
 */
final class ServiceRules {

    /** Inputs and outputs an action type allows, for the types the exporter writes itself. */
    private record Counts(int minIn, int maxIn, int minOut, int maxOut) {
    }

    private static final Map<String, Counts> COUNTS = Map.of(
            "Build/AWS/CodeBuild", new Counts(1, 5, 0, 5),
            "Test/AWS/CodeBuild", new Counts(1, 5, 0, 5),
            "Approval/AWS/Manual", new Counts(0, 0, 0, 0),
            "Deploy/AWS/S3", new Counts(1, 1, 0, 0),
            "Invoke/AWS/Lambda", new Counts(0, 5, 0, 5));

    private ServiceRules() {
    }

    /** What CodePipeline would refuse in {@code declaration} (the object under {@code "pipeline"}). */
    static List<String> broken(JsonNode declaration) {
        var problems = new ArrayList<String>();
        JsonNode stages = declaration.path("stages");
        if (stages.size() < 2) {
            problems.add("CodePipeline needs at least two stages (a stage of Source actions, then the work); "
                    + "this pipeline has " + stages.size());
        }
        var produced = new HashSet<String>();
        // without a source, the first-stage problem says what to do; counting inputs would only repeat it
        boolean hasSource = stages.size() > 0 && stages.get(0).path("actions").findValues("category").stream()
                .anyMatch(c -> c.asText().equals("Source"));
        for (int s = 0; s < stages.size(); s++) {
            JsonNode stage = stages.get(s);
            String stageName = stage.path("name").asText();
            var nonSources = new ArrayList<String>();
            int sources = 0;
            Map<Integer, Set<String>> producedByRunOrder = new HashMap<>();
            for (JsonNode action : sorted(stage.path("actions"))) {
                String where = "stage '" + stageName + "', action '" + action.path("name").asText() + "'";
                String category = action.at("/actionTypeId/category").asText();
                boolean source = category.equals("Source");
                if (source) {
                    sources++;
                    if (s > 0) {
                        problems.add(where + ": a Source action can only be in the first stage; move it to the "
                                + "first stage ('" + stages.get(0).path("name").asText() + "')");
                    }
                } else {
                    nonSources.add(category + " action '" + action.path("name").asText() + "'");
                }
                int runOrder = action.path("runOrder").asInt(1);
                for (JsonNode input : action.path("inputArtifacts")) {
                    String name = input.path("name").asText();
                    boolean earlierInStage = producedByRunOrder.entrySet().stream()
                            .anyMatch(e -> e.getKey() < runOrder && e.getValue().contains(name));
                    if (!produced.contains(name) && !earlierInStage) {
                        problems.add(where + ": its input artifact '" + name + "' is not the output of an earlier "
                                + "action (an earlier stage, or this stage with a lower runOrder)");
                    }
                }
                for (JsonNode output : action.path("outputArtifacts")) {
                    String name = output.path("name").asText();
                    if (produced.contains(name)
                            || producedByRunOrder.values().stream().anyMatch(set -> set.contains(name))) {
                        problems.add(where + ": the output artifact name '" + name + "' is used twice; CodePipeline "
                                + "needs each output artifact name once in a pipeline");
                    }
                    producedByRunOrder.computeIfAbsent(runOrder, k -> new HashSet<>()).add(name);
                }
                counts(action, source, hasSource, where, problems);
            }
            producedByRunOrder.values().forEach(produced::addAll);
            if (s == 0 && (sources == 0 || !nonSources.isEmpty())) {
                problems.add("the first stage '" + stageName + "' must hold only Source actions, at least one"
                        + (nonSources.isEmpty() ? "" : "; it holds " + String.join(", ", nonSources))
                        + ": add a first stage with a Source action (a Git repository or a local folder, which "
                        + "becomes an S3 source) that gives the later actions their files");
            }
        }
        return problems;
    }

    private static void counts(JsonNode action, boolean source, boolean hasSource, String where,
                               List<String> problems) {
        int in = action.path("inputArtifacts").size();
        int out = action.path("outputArtifacts").size();
        JsonNode type = action.path("actionTypeId");
        Counts counts = source ? new Counts(0, 0, 1, 1) : COUNTS.get(type.path("category").asText() + "/"
                + type.path("owner").asText() + "/" + type.path("provider").asText());
        if (counts == null) {
            return; // a type the exporter keeps as imported: the service knows its counts, not us
        }
        String kind = type.path("provider").asText() + " " + type.path("category").asText().toLowerCase() + " action";
        if (in > counts.maxIn() || in < counts.minIn() && hasSource) {
            problems.add(where + ": a " + kind + " takes " + range(counts.minIn(), counts.maxIn())
                    + " input artifact(s); it has " + in);
        }
        if (out < counts.minOut() || out > counts.maxOut()) {
            problems.add(where + ": a " + kind + " gives " + range(counts.minOut(), counts.maxOut())
                    + " output artifact(s); it has " + out);
        }
    }

    private static String range(int min, int max) {
        return min == max ? String.valueOf(min) : min + " to " + max;
    }

    private static List<JsonNode> sorted(JsonNode actions) {
        var list = new ArrayList<JsonNode>();
        actions.forEach(list::add);
        list.sort(java.util.Comparator.comparingInt(a -> a.path("runOrder").asInt(1)));
        return list;
    }
}
