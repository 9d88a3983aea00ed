package dev.pipewright.git;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.RemoteSession;
import org.eclipse.jgit.transport.SshSessionFactory;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.util.FS;

/**
 * ssh through the system's {@code ssh} program, as git itself does. JGit's core has no ssh
 * client of its own (that is the separate Apache MINA artifact); the system one already knows the
 * user's keys, agent, {@code ~/.ssh/config} and known hosts. BatchMode keeps it from ever asking
 * for a password or a host-key confirmation, which would hang a headless run.
 */
final class SystemSsh extends SshSessionFactory {

    /** The program to run; tests point it at a stand-in. */
    static final String PROGRAM_PROPERTY = "pipewright.ssh";

    private final Duration connectTimeout;

    SystemSsh(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    @Override
    public RemoteSession getSession(URIish uri, CredentialsProvider credentials, FS fs, int timeoutMillis) {
        return new Session(uri);
    }

    @Override
    public String getType() {
        return "system-ssh";
    }

    private final class Session implements RemoteSession {
        private final URIish uri;
        private final List<Process> processes = new CopyOnWriteArrayList<>();

        Session(URIish uri) {
            this.uri = uri;
        }

        @Override
        public Process exec(String command, int timeout) throws IOException {
            var args = new ArrayList<String>();
            args.add(System.getProperty(PROGRAM_PROPERTY, "ssh"));
            args.addAll(List.of("-o", "BatchMode=yes",
                    "-o", "ConnectTimeout=" + Math.max(1, connectTimeout.toSeconds())));
            if (uri.getPort() > 0) {
                args.addAll(List.of("-p", Integer.toString(uri.getPort())));
            }
            args.add(uri.getUser() != null ? uri.getUser() + "@" + uri.getHost() : uri.getHost());
            args.add(command);
            try {
                Process process = new ProcessBuilder(args).start();
                processes.add(process);
                return process;
            } catch (IOException e) {
                throw new IOException("cannot run '" + args.get(0) + "' for ssh (" + e.getMessage()
                        + "); install OpenSSH, or use an https:// URL with a token", e);
            }
        }

        @Override
        public void disconnect() {
            processes.forEach(Process::destroy);
        }
    }
}
