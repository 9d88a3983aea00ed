package dev.pipewright.git;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;

/** Turns JGit's exceptions into a sentence that says which repository failed and what to check. */
final class GitErrors {

    /** An HTTP status of refusal as a number of its own (a path such as /tmp/junit-97403825 holds "403" too). */
    private static final java.util.regex.Pattern HTTP_REFUSAL = java.util.regex.Pattern.compile("(?<![0-9])40[13](?![0-9])");

    private GitErrors() {
    }

    static GitException explain(Exception e, RepositoryAddress address, String doing) {
        String text = chain(e);
        String lower = text.toLowerCase(Locale.ROOT);
        String where = doing + " " + address.display() + " failed: ";
        String advice;
        if (has(e, UnknownHostException.class) || lower.contains("unknownhost")) {
            advice = "the host name is unknown; check the spelling of the URL and that this machine is online";
        } else if (has(e, SocketTimeoutException.class) || lower.contains("timed out") || lower.contains("timeout")) {
            advice = "the server did not answer in time; check that it is reachable from this machine";
        } else if (has(e, ConnectException.class) || lower.contains("connection refused")) {
            advice = "the connection was refused; check the host and port in the URL";
        } else if (lower.contains("not authorized") || lower.contains("authentication") || HTTP_REFUSAL.matcher(lower).find()
                || lower.contains("permission denied") || lower.contains("credentialsprovider")
                || lower.contains("host key verification failed")) {
            advice = address.uri().startsWith("http")
                    ? "authentication failed; set 'tokenEnv' to the name of an environment variable holding a "
                    + "token with read access (or 'token' to a secret pipeline variable), and check the token"
                    : "authentication failed; check that 'ssh " + sshHost(address) + "' works from a terminal "
                    + "(key loaded, host known) and that the key may read this repository";
        } else if (lower.contains("not found") || lower.contains("does not appear to be a git repository")
                || lower.contains("not a git repository") || lower.contains("repository not found")
                || lower.contains("invalid remote") || lower.contains("no remote repository")) {
            advice = "there is no Git repository there; check the 'url' setting"
                    + (address.isLocal() ? " (it must be a folder holding a Git repository)" : "");
        } else if (lower.contains("cannot run")) {
            advice = "";
        } else {
            advice = "check the 'url' setting and that the repository can be read";
        }
        String message = where + RepositoryAddress.withoutSecrets(firstLine(text))
                + (advice.isEmpty() ? "" : "; " + advice);
        return new GitException(message, e);
    }

    private static String sshHost(RepositoryAddress address) {
        String uri = address.uri();
        int at = uri.indexOf("://");
        String rest = at >= 0 ? uri.substring(at + 3) : uri;
        int end = rest.indexOf('/');
        int colon = at >= 0 ? -1 : rest.indexOf(':');
        int cut = colon > 0 ? colon : end;
        return cut > 0 ? rest.substring(0, cut) : rest;
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String chain(Throwable e) {
        var text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !text.toString().contains(t.getMessage())) {
                if (!text.isEmpty()) {
                    text.append(": ");
                }
                text.append(t.getMessage());
            } else if (t.getMessage() == null) {
                text.append(text.isEmpty() ? "" : ": ").append(t.getClass().getSimpleName());
            }
        }
        return text.toString();
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return (nl >= 0 ? text.substring(0, nl) : text).strip();
    }
}
