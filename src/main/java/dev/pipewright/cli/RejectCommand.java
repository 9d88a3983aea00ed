package dev.pipewright.cli;

import picocli.CommandLine.Command;

@Command(name = "reject", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Reject an approval gate of an execution waiting in another process or window; its stage fails.")
final class RejectCommand extends DecisionCommand {
    @Override
    boolean approve() {
        return false;
    }
}
