package dev.pipewright.git;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.NetRCCredentialsProvider;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * How to reach a remote: an https token (from an environment variable or a secret pipeline
 * variable, never from the file), else the user's {@code ~/.netrc}; ssh through the system's
 * {@code ssh}, so keys, agent and {@code ~/.ssh/config} work as they do for git. Nothing ever
 * prompts: a missing credential fails at once instead of waiting for input that never comes.
 *
 * @param timeout how long a network read may stall before the operation gives up
 */
public record GitAccess(Optional<String> username, Optional<String> token, Duration timeout) {

    /** Long enough for a slow server, short enough that a dead one is noticed. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public GitAccess {
        Objects.requireNonNull(username);
        Objects.requireNonNull(token);
        Objects.requireNonNull(timeout);
    }

    public static GitAccess anonymous() {
        return new GitAccess(Optional.empty(), Optional.empty(), DEFAULT_TIMEOUT);
    }

    public GitAccess withTimeout(Duration newTimeout) {
        return new GitAccess(username, token, newTimeout);
    }

    /** Puts the timeout and credentials on a fetch or ls-remote. */
    <C extends TransportCommand<C, ?>> C configure(C command) {
        command.setTimeout((int) Math.max(1, timeout.toSeconds()));
        command.setCredentialsProvider(credentials());
        command.setTransportConfigCallback(transport -> {
            if (transport instanceof SshTransport ssh) {
                ssh.setSshSessionFactory(new SystemSsh(timeout));
            }
        });
        return command;
    }

    private CredentialsProvider credentials() {
        if (token.isPresent()) {
            // GitHub, GitLab and Gitea take any user name with a token; x-access-token is GitHub's own
            return new UsernamePasswordCredentialsProvider(username.orElse("x-access-token"), token.get());
        }
        return new NetRCCredentialsProvider();
    }
}
