package dev.pipewright.actions;

import dev.pipewright.model.ProviderSpec;

/**
 * One kind of action: its description and how to run it. The engine calls {@link #execute} on a
 * worker thread of its own; an action ends by returning (succeeded) or by throwing
 * {@link ActionFailedException} (failed, with a message a person can act on).
 */
public interface Provider {

    ProviderSpec spec();

    /**
     * Does the work. Configuration in {@code context.action()} is already resolved (no
     * {@code #{...}} left). Long waits must end promptly when the thread is interrupted or when
     * {@link ActionContext#onCancel} hooks run: that is how stop-and-abandon and timeouts work.
     */
    void execute(ActionContext context) throws ActionFailedException, InterruptedException;
}
