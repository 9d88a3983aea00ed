package dev.pipewright.actions.approval;

import dev.pipewright.actions.ActionContext;
import dev.pipewright.actions.ActionFailedException;
import dev.pipewright.actions.Provider;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.ProviderSpec;
import dev.pipewright.model.SettingSpec;
import dev.pipewright.model.SettingType;
import java.util.List;
import java.util.Optional;

/** Approval {@code Manual}: the run waits here until a person approves or rejects. */
public final class ManualApproval implements Provider {

    public static final String CUSTOM_DATA = "CustomData";
    public static final String LINK = "ExternalEntityLink";

    private static final ProviderSpec SPEC = new ProviderSpec(ActionCategory.APPROVAL, "Manual", "Manual approval",
            "Wait for a person to approve or reject",
            "Stops the pipeline here until someone decides: in the window (click the gate), at the terminal, or "
                    + "with 'pipewright approve' / 'pipewright reject' from another shell. Approving lets the run go "
                    + "on; rejecting fails the stage. Who decided, when and why is kept with the execution. With no "
                    + "decision before the timeout (7 days unless the action sets timeoutInMinutes), the action fails, "
                    + "as in AWS CodePipeline.",
            List.of(SettingSpec.optional(CUSTOM_DATA, "Message", SettingType.MULTILINE_TEXT,
                            "What the approver should know or check; #{...} variables are filled in."),
                    SettingSpec.optional(LINK, "Link", SettingType.TEXT,
                                    "A web page to review before deciding (http or https).")
                            .withCheck(ManualApproval::checkLink)),
            ProviderSpec.Count.NONE, ProviderSpec.Count.NONE, List.of("ApprovedBy", "Comment"), false);

    private static Optional<String> checkLink(ConfigValue value) {
        String link = value.asText();
        if (link.contains("#{") || link.startsWith("http://") || link.startsWith("https://")) {
            return Optional.empty();
        }
        return Optional.of("must be a web address starting with http:// or https://");
    }

    @Override
    public ProviderSpec spec() {
        return SPEC;
    }

    @Override
    public void execute(ActionContext context) throws ActionFailedException, InterruptedException {
        String message = context.action().setting(CUSTOM_DATA).map(ConfigValue::asText).orElse("");
        Optional<String> link = context.action().setting(LINK).map(ConfigValue::asText);
        var decision = context.awaitApproval(message, link);
        context.setOutputVariable("ApprovedBy", decision.by());
        context.setOutputVariable("Comment", decision.comment());
    }
}
