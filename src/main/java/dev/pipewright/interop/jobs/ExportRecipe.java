package dev.pipewright.interop.jobs;

import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;

/** How one provider's action becomes a neutral {@link ExportJob}: the only place its settings are read for export. */
@FunctionalInterface
public interface ExportRecipe {

    ExportJob.Work work(Action action);

    /** The job of {@code action}: its artifacts, variables and timeout, and the work this recipe makes. */
    default ExportJob export(Action action) {
        ExportJob.Work work = work(action);
        boolean checksOut = action.category() == ActionCategory.SOURCE
                && !(work instanceof ExportJob.GitRepository git && GitSourceExport.clonesElsewhere(git.url()));
        return new ExportJob(action.inputArtifacts(), action.outputArtifacts(), action.namespace(),
                action.timeoutInMinutes().filter(t -> action.category() != ActionCategory.APPROVAL),
                checksOut, work);
    }
}
