package dev.pipewright.actions.approval;

import dev.pipewright.model.BuiltInProviders;
import dev.pipewright.actions.ActionContext;
import dev.pipewright.actions.ActionFailedException;
import dev.pipewright.actions.ActionSettings;
import dev.pipewright.actions.Provider;
import dev.pipewright.actions.SettingChecks;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ProviderSpec;
import dev.pipewright.model.SettingSpec;
import dev.pipewright.model.SettingType;
import java.util.List;

/** Approval / Manual: waits for a person to approve or reject, as CodePipeline's manual approval. */
public final class ManualApproval implements Provider {

    static final String CUSTOM_DATA = BuiltInProviders.Manual.CUSTOM_DATA;
    static final String EXTERNAL_ENTITY_LINK = BuiltInProviders.Manual.EXTERNAL_ENTITY_LINK;

    static final ProviderSpec SPEC = new ProviderSpec(
            ActionCategory.APPROVAL, BuiltInProviders.Manual.ID, "Manual approval",
            "Pauses the run until a person approves or rejects it.",
            "Stops the run at this point and waits for a person to decide: approve, and the run goes on; "
                    + "reject, and the action fails like any failed action. You decide by clicking the gate in "
                    + "the app, in the terminal, or with the CLI, and may add a comment; who decided, when, and "
                    + "the comment are kept with the run. The message and the link tell approvers what to "
                    + "check. Without an answer the action fails after its timeout, 7 days unless the action "
                    + "sets another (as in AWS CodePipeline). Outputs ApprovedBy, ApprovedAt and Comment.",
            List.of(
                    SettingSpec.optional(CUSTOM_DATA, "Message for approvers", SettingType.MULTILINE_TEXT,
                            "What the approver should check before approving; may use #{...} variables."),
                    SettingSpec.optional(EXTERNAL_ENTITY_LINK, "Link to review", SettingType.TEXT,
                                    "An http(s) address to open while reviewing, such as a test site.")
                            .withCheck(SettingChecks.httpUrl())),
            ProviderSpec.Count.NONE, ProviderSpec.Count.NONE,
            List.of("ApprovedBy", "ApprovedAt", "Comment"), false);

    @Override
    public ProviderSpec spec() {
        return SPEC;
    }

    @Override
    public void execute(ActionContext context) throws ActionFailedException, InterruptedException {
        ActionSettings settings = ActionSettings.of(context, SPEC);
        String message = settings.text(CUSTOM_DATA).orElse("Approve to continue the run.");
        var link = settings.text(EXTERNAL_ENTITY_LINK).map(String::trim);
        if (link.isPresent()) {
            var problem = SettingChecks.httpUrl().apply(dev.pipewright.model.ConfigValue.text(link.get()));
            if (problem.isPresent()) {
                throw settings.failure("setting 'ExternalEntityLink': " + problem.get());
            }
        }
        context.log("Waiting for approval: " + message + link.map(l -> " (review: " + l + ")").orElse(""));
        ActionContext.ApprovalDecision decision = context.awaitApproval(message, link);
        String comment = decision.comment() == null ? "" : decision.comment();
        // the engine logs the decision, who and when, once for every gate: not repeated here
        if (!decision.approved()) {
            throw settings.failure("rejected by " + decision.by() + (comment.isBlank() ? "" : ": " + comment));
        }
        context.setOutputVariable("ApprovedBy", decision.by());
        context.setOutputVariable("ApprovedAt", decision.at().toString());
        context.setOutputVariable("Comment", comment);
    }
}
