package dev.pipewright.actions.invoke;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The {@code user:password@} part of an address, taken out of it: Java's HTTP client neither
 * sends it nor hides it, so the action sends it as Basic authentication and logs the address
 * without it.
 */
record UrlUser(String name, String password) {

    /** An address without its user part, and that part if it had one. */
    record Split(URI uri, Optional<UrlUser> user) {
    }

    static Split split(URI uri) {
        String raw = uri.getRawUserInfo();
        if (raw == null) {
            return new Split(uri, Optional.empty());
        }
        String text = uri.toString();
        URI without = URI.create(text.replaceFirst("://" + java.util.regex.Pattern.quote(raw) + "@", "://"));
        int colon = raw.indexOf(':');
        String name = decode(colon < 0 ? raw : raw.substring(0, colon));
        String password = colon < 0 ? "" : decode(raw.substring(colon + 1));
        return new Split(without, Optional.of(new UrlUser(name, password)));
    }

    String basicAuthorization() {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    @Override
    public String toString() {
        return "UrlUser[" + name + ", password not shown]";
    }
}
