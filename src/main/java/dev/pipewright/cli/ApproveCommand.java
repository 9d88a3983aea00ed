package dev.pipewright.cli;

import picocli.CommandLine.Command;

@Command(name = "approve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Approve an approval gate of an execution waiting in another process or window.")
final class ApproveCommand extends DecisionCommand {
    @Override
    boolean approve() {
        return true;
    }
}
