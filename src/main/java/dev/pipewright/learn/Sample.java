package dev.pipewright.learn;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One sample pipeline of the gallery, as its file's {@code x-sample} field describes it.
 *
 * @param id          the file's name without {@code .pipeline.json}
 * @param title       a few words for the gallery
 * @param description two short lines (separated by a line break): what it does and what to try
 * @param level       {@code beginner}, {@code intermediate} or {@code advanced}
 * @param teaches     ids of the {@link Concepts} it shows
 * @param file        the pipeline file's name
 * @param ships       files and folders beside the pipeline file that it needs (a project, a site)
 * @param repository  a Git repository the sample checks out, made when it is copied
 * @param order       its place in the gallery
 */
public record Sample(String id, String title, String description, String level, List<String> teaches,
                     String file, List<String> ships, Optional<SampleRepository> repository, int order) {
    public Sample {
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
        Objects.requireNonNull(description);
        Objects.requireNonNull(level);
        teaches = List.copyOf(teaches);
        Objects.requireNonNull(file);
        ships = List.copyOf(ships);
        Objects.requireNonNull(repository);
    }

    /** The concepts it teaches, as explained in {@link Concepts}. */
    public List<Concept> concepts() {
        return teaches.stream().map(Concepts::find).flatMap(Optional::stream).toList();
    }
}
