package dev.pipewright.interop.gitlab;

import dev.pipewright.interop.jobs.Notes;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Stage;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The GitLab stage each stage of a pipeline becomes. GitLab always runs {@code .pre} first and
 * {@code .post} last, whatever {@code stages} says, so a stage of that name keeps it only where
 * it stands (first, last) and is left out of {@code stages}; one elsewhere is renamed, so that
 * GitLab runs the stages in the pipeline's order and no job ever needs a job of a later stage.
 */
final class GitLabStages {

    static final String PRE = ".pre";
    static final String POST = ".post";

    private final Map<String, String> names = new LinkedHashMap<>();

    GitLabStages(Pipeline pipeline, Notes notes) {
        List<Stage> stages = pipeline.stages();
        Set<String> taken = new HashSet<>();
        stages.forEach(s -> taken.add(s.name()));
        for (int i = 0; i < stages.size(); i++) {
            String name = stages.get(i).name();
            boolean inPlace = name.equals(PRE) && i == 0 || name.equals(POST) && i == stages.size() - 1;
            if ((name.equals(PRE) || name.equals(POST)) && !inPlace) {
                String renamed = name.substring(1);
                for (int n = 2; taken.contains(renamed); n++) {
                    renamed = name.substring(1) + "-" + n;
                }
                taken.add(renamed);
                notes.add("stage " + name, "written as the stage '" + renamed + "': GitLab always runs " + name
                        + (name.equals(PRE) ? " first" : " last") + ", where this pipeline runs it in place "
                        + (i + 1) + " of " + stages.size());
                names.put(name, renamed);
            } else {
                names.put(name, name);
            }
        }
    }

    /** The GitLab stage of the pipeline's stage {@code name}. */
    String of(String name) {
        return names.getOrDefault(name, name);
    }

    /** What {@code stages:} lists: every stage in order but .pre and .post, which GitLab adds itself. */
    List<String> listed() {
        return names.values().stream().filter(n -> !n.equals(PRE) && !n.equals(POST)).toList();
    }
}
