package dev.pipewright.interop.jobs;

import dev.pipewright.model.BuiltInProviders.*;

import dev.pipewright.interop.InteropException;
import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.ExecutionMode;
import dev.pipewright.model.NameRule;
import dev.pipewright.model.OutputArtifact;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.PipelineVariable;
import dev.pipewright.model.Stage;
import dev.pipewright.model.Trigger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns the jobs an importer read into a Pipewright pipeline: places them by their needs (see
 * {@link JobPlacement}), names stages and actions within Pipewright's rules, wires artifacts, and
 * puts the repository checkout in a first stage of its own when jobs work on the repository.
 */
public final class PipelineAssembly {

    public static final String SOURCE_STAGE = "Source";
    public static final String CHECKOUT_ACTION = "Checkout";
    public static final String REPOSITORY_ARTIFACT = "Repository";
    private static final String GATE_SUFFIX = "\u0000approval";

    /**
     * What the importer read besides the jobs.
     *
     * @param stageNames GitLab's stages by index (jobs refer to them); empty for GitHub
     * @param push       the push filter of the file's trigger, if any
     */
    public record Frame(String name, Optional<String> description, List<String> stageNames,
                        List<PipelineVariable> variables, Optional<Trigger.PushFilter> push,
                        Map<String, String> extensions) {
    }

    private final Frame frame;
    private final List<CiJob> jobs;
    private final Notes notes;
    private final Map<String, CiJob> byKey = new LinkedHashMap<>();

    private PipelineAssembly(Frame frame, List<CiJob> jobs, Notes notes) {
        this.frame = frame;
        this.jobs = jobs;
        this.notes = notes;
        jobs.forEach(j -> byKey.put(j.key(), j));
    }

    public static Pipeline assemble(Frame frame, List<CiJob> jobs, Notes notes) throws InteropException {
        if (jobs.isEmpty()) {
            throw new InteropException("there are no jobs to import");
        }
        return new PipelineAssembly(frame, jobs, notes).build();
    }

    private Pipeline build() throws InteropException {
        JobPlacement.Result placement = JobPlacement.place(nodes());
        reportPlacement(placement);
        boolean withSource = jobs.stream().anyMatch(CiJob::usesRepository);
        var stageNames = UniqueNames.following(NameRule.NAME, "Stage");
        var artifactNames = UniqueNames.following(NameRule.ARTIFACT, "artifact");
        var stages = new ArrayList<Stage>();
        var triggers = new ArrayList<Trigger>();
        if (withSource) {
            stageNames.reserve(SOURCE_STAGE);
            artifactNames.reserve(REPOSITORY_ARTIFACT);
            stages.add(Stage.of(SOURCE_STAGE, checkout()));
            notes.add("the repository", "read by a Local folder action '" + CHECKOUT_ACTION + "' from the folder of the "
                    + "pipeline file ('.'): save the pipeline at the root of your checkout, or change its path; an export "
                    + "writes it as a job " + CHECKOUT_ACTION + " of its own, which the jobs that check out need");
            frame.push().ifPresent(p -> triggers.add(new Trigger(CHECKOUT_ACTION, List.of(p))));
        } else if (frame.push().isPresent()) {
            notes.add("the push trigger", "left out: no job works on the repository, so there is no Source action "
                    + "for the trigger to watch");
        }
        Map<String, String> artifactByRaw = outputNames(artifactNames, placement);
        var grouped = new TreeMap<Integer, List<Map.Entry<String, JobPlacement.Place>>>();
        for (String key : orderedKeys()) {
            JobPlacement.Place p = placement.places().get(key);
            grouped.computeIfAbsent(p.stage(), s -> new ArrayList<>()).add(Map.entry(key, p));
        }
        int number = 1;
        for (var stage : grouped.entrySet()) {
            String wanted = stageName(stage.getKey(), stage.getValue(), number++);
            String name = stageNames.take(wanted);
            if (!name.equals(wanted)) {
                notes.add("stage " + wanted, "renamed to '" + name + "': Pipewright stage names are unique and use only "
                        + "letters, digits and . @ - _");
            }
            var actionNames = UniqueNames.following(NameRule.NAME, "job");
            var actions = new ArrayList<Action>();
            for (var entry : stage.getValue()) {
                actions.add(action(entry.getKey(), entry.getValue(), actionNames, artifactByRaw, placement));
            }
            stages.add(new Stage(name, actions, Map.of()));
        }
        return new Pipeline(frame.name(), frame.description(), ExecutionMode.SUPERSEDED, frame.variables(), stages,
                triggers, frame.extensions());
    }

    private List<JobPlacement.Node> nodes() {
        var nodes = new ArrayList<JobPlacement.Node>();
        for (CiJob job : jobs) {
            var needs = new ArrayList<JobPlacement.Need>();
            job.needs().forEach(n -> needs.add(new JobPlacement.Need(n, false)));
            if (job.approval().isPresent()) {
                nodes.add(new JobPlacement.Node(job.key() + GATE_SUFFIX, job.stage(), needs));
                needs.add(new JobPlacement.Need(job.key() + GATE_SUFFIX, true));
            }
            nodes.add(new JobPlacement.Node(job.key(), job.stage(), needs));
        }
        return nodes;
    }

    /** Gates come right before their job, so actions read in file order on the canvas. */
    private List<String> orderedKeys() {
        var keys = new ArrayList<String>();
        for (CiJob job : jobs) {
            job.approval().ifPresent(g -> keys.add(job.key() + GATE_SUFFIX));
            keys.add(job.key());
        }
        return keys;
    }

    private void reportPlacement(JobPlacement.Result placement) {
        placement.ignoredNeeds().forEach((key, needs) -> notes.add(byKey.get(key).where(), "its needs on "
                + String.join(", ", jobIds(needs)) + " were left out: they are in a later stage, so they cannot "
                + "run before it"));
        placement.extraWaits().forEach((key, waits) -> {
            CiJob job = byKey.get(key);
            if (job == null || !job.needsDeclared()) {
                return;
            }
            notes.add(job.where(), "also waits for " + String.join(", ", jobIds(waits)) + ", which it does not "
                    + "need: a Pipewright stage starts when the stage before it has finished");
        });
    }

    private List<String> jobIds(java.util.Collection<String> keys) {
        var ids = new LinkedHashSet<String>();
        for (String key : keys) {
            String plain = key.endsWith(GATE_SUFFIX) ? key.substring(0, key.length() - GATE_SUFFIX.length()) : key;
            CiJob job = byKey.get(plain);
            ids.add(job == null ? plain : job.jobId() + (key.endsWith(GATE_SUFFIX) ? " (approval)" : ""));
        }
        return List.copyOf(ids);
    }

    private String stageName(int index, List<Map.Entry<String, JobPlacement.Place>> members, int number) {
        if (!frame.stageNames().isEmpty()) {
            return frame.stageNames().get(index);
        }
        var ids = new LinkedHashSet<String>();
        members.forEach(e -> ids.add(jobIds(List.of(e.getKey())).get(0).replace(" (approval)", "")));
        return ids.size() == 1 ? ids.iterator().next() : "Stage-" + number;
    }

    private static Action checkout() {
        return new Action(CHECKOUT_ACTION, ActionCategory.SOURCE, LocalFolder.ID, 1,
                Map.of(LocalFolder.PATH, ConfigValue.text(".")), List.of(), List.of(OutputArtifact.named(REPOSITORY_ARTIFACT)),
                Optional.empty(), Optional.empty(), Map.of());
    }

    /** Output artifact names, unique in the pipeline; the first uploader of a name keeps it. */
    private Map<String, String> outputNames(UniqueNames names, JobPlacement.Result placement) {
        var byRaw = new HashMap<String, String>();
        for (CiJob job : jobs) {
            for (int i = 0; i < job.outputArtifacts().size(); i++) {
                OutputArtifact out = job.outputArtifacts().get(i);
                String name = names.take(out.name());
                byRaw.putIfAbsent(out.name(), name);
                if (!name.equals(out.name())) {
                    notes.add(job.where(), "artifact '" + out.name() + "' is called '" + name + "': Pipewright "
                            + "artifact names are unique and use only letters, digits and - _");
                }
                renamedOutputs.put(job.key() + "\u0000" + i, name);
            }
        }
        return byRaw;
    }

    private final Map<String, String> renamedOutputs = new HashMap<>();

    private Action action(String key, JobPlacement.Place place, UniqueNames actionNames,
                          Map<String, String> artifactByRaw, JobPlacement.Result placement) {
        boolean gate = key.endsWith(GATE_SUFFIX);
        CiJob job = byKey.get(gate ? key.substring(0, key.length() - GATE_SUFFIX.length()) : key);
        if (gate) {
            return approval(job, place, actionNames);
        }
        String name = takeName(actionNames, job.name(), job.where());
        var configuration = new TreeMap<String, ConfigValue>();
        configuration.put(Shell.COMMANDS, new ConfigValue.TextList(job.commands().isEmpty()
                ? List.of("echo 'this job has nothing to run on this machine'") : job.commands()));
        job.shell().ifPresent(s -> configuration.put(Shell.SHELL, ConfigValue.text(s)));
        job.workingDirectory().ifPresent(d -> configuration.put(Shell.WORKING_DIRECTORY, ConfigValue.text(d)));
        if (!job.environment().isEmpty()) {
            configuration.put(Shell.ENVIRONMENT, new ConfigValue.TextMap(job.environment()));
        }
        ActionCategory category = job.reports().isEmpty() ? job.category() : ActionCategory.TEST;
        if (category == ActionCategory.TEST && !job.reports().isEmpty()) {
            configuration.put(Shell.REPORTS, new ConfigValue.TextList(job.reports()));
        }
        List<String> inputs = inputs(job, place, artifactByRaw, placement);
        var outputs = new ArrayList<OutputArtifact>();
        for (int i = 0; i < job.outputArtifacts().size(); i++) {
            outputs.add(new OutputArtifact(renamedOutputs.get(job.key() + "\u0000" + i), job.outputArtifacts().get(i).files()));
        }
        if (outputs.size() > 5) {
            notes.add(job.where(), "uploads " + outputs.size() + " artifacts; a Shell action gives at most 5, so "
                    + outputs.subList(5, outputs.size()).stream().map(OutputArtifact::name).toList() + " were left out");
            outputs = new ArrayList<>(outputs.subList(0, 5));
        }
        return new Action(name, category, Shell.ID, place.runOrder(), configuration, inputs, outputs, job.namespace(),
                job.timeoutMinutes(), job.extensions());
    }

    private List<String> inputs(CiJob job, JobPlacement.Place place, Map<String, String> artifactByRaw,
                                JobPlacement.Result placement) {
        var inputs = new ArrayList<String>();
        if (job.usesRepository()) {
            inputs.add(REPOSITORY_ARTIFACT);
        }
        for (String raw : job.inputArtifacts()) {
            String name = artifactByRaw.get(raw);
            if (name == null) {
                notes.add(job.where(), "downloads artifact '" + raw + "', which no job of this file uploads; left out");
                continue;
            }
            Optional<CiJob> producer = jobs.stream().filter(j -> j.outputArtifacts().stream()
                    .anyMatch(o -> o.name().equals(raw))).findFirst();
            if (producer.isPresent() && !placement.places().get(producer.get().key()).isBefore(place)) {
                notes.add(job.where(), "downloads artifact '" + raw + "' from " + producer.get().jobId()
                        + ", which does not run before it; left out (add it to the job's needs)");
                continue;
            }
            if (!inputs.contains(name)) {
                inputs.add(name);
            }
        }
        if (inputs.size() > 5) {
            notes.add(job.where(), "takes " + inputs.size() + " artifacts; a Shell action takes at most 5, so "
                    + inputs.subList(5, inputs.size()) + " were left out");
            return inputs.subList(0, 5);
        }
        return inputs;
    }

    private Action approval(CiJob job, JobPlacement.Place place, UniqueNames actionNames) {
        CiJob.Gate gate = job.approval().orElseThrow();
        String name = takeName(actionNames, gate.name(), job.where());
        var configuration = new TreeMap<String, ConfigValue>();
        String message = gate.message().orElse("Approve to run " + job.jobId() + ".");
        Optional<String> link = gate.link().filter(l -> l.matches("https?://[^\\s$]+") && !l.contains("${{"));
        if (gate.link().isPresent() && link.isEmpty()) {
            message = message + " Review: " + gate.link().get();
        }
        configuration.put(Manual.CUSTOM_DATA, ConfigValue.text(message));
        link.ifPresent(l -> configuration.put(Manual.EXTERNAL_ENTITY_LINK, ConfigValue.text(l)));
        return new Action(name, ActionCategory.APPROVAL, Manual.ID, place.runOrder(), configuration, List.of(), List.of(),
                Optional.empty(), Optional.empty(), Map.of());
    }

    private String takeName(UniqueNames names, String wanted, String where) {
        String name = names.take(wanted);
        if (!name.equals(wanted)) {
            notes.add(where, "the action is called '" + name + "': Pipewright action names are unique in a stage, "
                    + "at most 100 characters of letters, digits and . @ - _");
        }
        return name;
    }
}
