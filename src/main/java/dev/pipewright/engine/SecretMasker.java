package dev.pipewright.engine;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Replaces secret values with {@value #MASK} in texts and byte streams. Values shorter than
 * {@value #MIN_LENGTH} characters are not masked (masking "a" would mangle every log); the engine
 * warns about those when an execution starts.
 */
public final class SecretMasker {

    public static final String MASK = "****";
    public static final int MIN_LENGTH = 3;
    public static final SecretMasker NONE = new SecretMasker(List.of());

    private final List<String> secrets;
    private final byte[][] secretBytes;
    private final int longest;

    public SecretMasker(Collection<String> values) {
        // longest first, so a secret containing another is masked whole
        this.secrets = values.stream().filter(v -> v != null && v.length() >= MIN_LENGTH).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.secretBytes = secrets.stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
        int max = 0;
        for (byte[] b : secretBytes) {
            max = Math.max(max, b.length);
        }
        this.longest = max;
    }

    public boolean isEmpty() {
        return secrets.isEmpty();
    }

    public String mask(String text) {
        if (text == null || secrets.isEmpty()) {
            return text;
        }
        String result = text;
        for (String secret : secrets) {
            result = result.replace(secret, MASK);
        }
        return result;
    }

    /** The longest secret in bytes: a streaming masker must hold back one byte less than this. */
    int longestBytes() {
        return longest;
    }

    /**
     * Masks {@code data[0..length)} into {@code out}, returning how many bytes of the input were
     * consumed; the rest (at most {@code longestBytes() - 1}) could be the start of a secret and
     * must be passed again with the next data, or with {@code last} set.
     */
    int mask(byte[] data, int length, boolean last, java.io.ByteArrayOutputStream out) {
        int safeEnd = last ? length : Math.max(0, length - (longest - 1));
        int i = 0;
        int copiedFrom = 0;
        outer:
        while (i < safeEnd) {
            for (byte[] secret : secretBytes) {
                if (data[i] == secret[0] && i + secret.length <= length && matches(data, i, secret)) {
                    out.write(data, copiedFrom, i - copiedFrom);
                    out.write(MASK_BYTES, 0, MASK_BYTES.length);
                    i += secret.length;
                    copiedFrom = i;
                    continue outer;
                }
            }
            i++;
        }
        int end = Math.max(i, safeEnd);
        out.write(data, copiedFrom, end - copiedFrom);
        return end;
    }

    private static boolean matches(byte[] data, int at, byte[] secret) {
        for (int k = 1; k < secret.length; k++) {
            if (data[at + k] != secret[k]) {
                return false;
            }
        }
        return true;
    }

    private static final byte[] MASK_BYTES = MASK.getBytes(StandardCharsets.UTF_8);
}
