package dev.pipewright.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.actions.approval.ManualApproval;
import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ConfigValue;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManualApprovalTest {

    @TempDir
    Path tmp;

    private static Action gate(String link) {
        return Action.of("Gate", ActionCategory.APPROVAL, "Manual")
                .withSetting("CustomData", ConfigValue.text("Check the staging site"))
                .withSetting("ExternalEntityLink", link == null ? null : ConfigValue.text(link));
    }

    @Test
    void approvalPassesMessageAndLinkAndOutputsTheDecision() throws Exception {
        TestContext ctx = new TestContext(tmp, gate("https://staging.example.com"));
        Instant at = Instant.parse("2024-05-01T10:00:00Z");
        ctx.approver = (message, link) -> {
            assertEquals("Check the staging site", message);
            assertEquals(Optional.of("https://staging.example.com"), link);
            return new ActionContext.ApprovalDecision(true, "ana", at, "looks good");
        };

        new ManualApproval().execute(ctx);

        assertEquals("ana", ctx.variables.get("ApprovedBy"));
        assertEquals("looks good", ctx.variables.get("Comment"));
        assertEquals(at.toString(), ctx.variables.get("ApprovedAt"));
        // the engine logs the decision once for every gate (ApprovalLogTest): the provider does not repeat it
        assertTrue(ctx.lines.stream().noneMatch(l -> l.contains("Approved by")), ctx.lines.toString());
    }

    @Test
    void rejectionFailsTheAction() {
        TestContext ctx = new TestContext(tmp, gate(null));
        ctx.approver = (message, link) -> {
            assertEquals(Optional.empty(), link);
            throw new ActionFailedException("rejected by bob: not yet");
        };
        var e = assertThrows(ActionFailedException.class, () -> new ManualApproval().execute(ctx));
        assertTrue(e.getMessage().contains("bob"));
        assertTrue(ctx.variables.isEmpty());
    }

    @Test
    void aNegativeDecisionReturnedInsteadOfThrownStillFails() {
        TestContext ctx = new TestContext(tmp, gate(null));
        ctx.approver = (m, l) -> new ActionContext.ApprovalDecision(false, "bob", Instant.EPOCH, "no");
        var e = assertThrows(ActionFailedException.class, () -> new ManualApproval().execute(ctx));
        assertTrue(e.getMessage().contains("rejected by bob: no"), e.getMessage());
    }

    @Test
    void linkMustBeHttp() {
        TestContext ctx = new TestContext(tmp, gate("file:///etc/passwd"));
        var e = assertThrows(ActionFailedException.class, () -> new ManualApproval().execute(ctx));
        assertTrue(e.getMessage().contains("ExternalEntityLink"), e.getMessage());
    }
}
