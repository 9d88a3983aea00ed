package dev.pipewright.actions.deploy;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a gzip-compressed POSIX tar (ustar, with pax extended headers for names over 100 bytes,
 * non-ASCII names and files of 8 GiB or more), which GNU tar, bsdtar and 7-Zip all read. Keeps
 * the execute bit and symbolic links; owner is always 0 and times are fixed, so the same folder
 * gives the same archive.
 */
final class TarGzArchive {

    private static final int BLOCK = 512;
    private static final long USTAR_MAX_SIZE = 077777777777L;

    private TarGzArchive() {
    }

    static List<String> write(ArchiveEntries entries, OutputStream out) throws IOException {
        try (OutputStream tar = new GZIPOutputStream(new BufferedOutputStream(out, 64 * 1024), 64 * 1024)) {
            for (ArchiveEntries.Entry entry : entries.entries()) {
                writeEntry(tar, entry);
            }
            tar.write(new byte[2 * BLOCK]);
        }
        return List.of();
    }

    private static void writeEntry(OutputStream tar, ArchiveEntries.Entry entry) throws IOException {
        Path path = entry.path();
        long size = entry.kind() == ArchiveEntries.Kind.FILE ? Files.size(path) : 0;
        String link = entry.kind() == ArchiveEntries.Kind.LINK
                ? Files.readSymbolicLink(path).toString().replace('\\', '/') : "";
        byte[] name = entry.name().getBytes(StandardCharsets.UTF_8);
        byte[] linkBytes = link.getBytes(StandardCharsets.UTF_8);
        boolean needsPax = name.length > 100 || linkBytes.length > 100 || size > USTAR_MAX_SIZE
                || !isAscii(entry.name()) || !isAscii(link);
        if (needsPax) {
            byte[] pax = paxRecords(entry.name(), link, size);
            tar.write(header("PaxHeader/" + shortName(entry.name()), pax.length, 0644, 'x', ""));
            tar.write(pax);
            pad(tar, pax.length);
        }
        char type = switch (entry.kind()) {
            case FOLDER -> '5';
            case FILE -> '0';
            case LINK -> '2';
        };
        int mode = entry.kind() == ArchiveEntries.Kind.FILE && !Files.isExecutable(path) ? 0644 : 0755;
        tar.write(header(shortName(entry.name()), Math.min(size, USTAR_MAX_SIZE), mode, type,
                needsPax ? "" : link));
        if (entry.kind() == ArchiveEntries.Kind.FILE) {
            long copied = Files.copy(path, tar);
            if (copied != size) {
                throw new IOException(entry.name() + " changed size while being archived");
            }
            pad(tar, size);
        }
    }

    private static byte[] header(String name, long size, int mode, char type, String link) {
        byte[] h = new byte[BLOCK];
        put(h, 0, 100, name);
        octal(h, 100, 8, mode);
        octal(h, 108, 8, 0);
        octal(h, 116, 8, 0);
        octal(h, 124, 12, size);
        octal(h, 136, 12, ArchiveEntries.FIXED_EPOCH_SECONDS);
        Arrays.fill(h, 148, 156, (byte) ' ');
        h[156] = (byte) type;
        put(h, 157, 100, link);
        put(h, 257, 6, "ustar");
        put(h, 263, 2, "00");
        long sum = 0;
        for (byte b : h) {
            sum += b & 0xff;
        }
        octal(h, 148, 7, sum);
        h[155] = ' ';
        return h;
    }

    // Each pax record is "<length> <key>=<value>\n" where <length> counts itself.
    private static byte[] paxRecords(String name, String link, long size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        record(out, "path", name);
        if (!link.isEmpty()) {
            record(out, "linkpath", link);
        }
        if (size > USTAR_MAX_SIZE) {
            record(out, "size", Long.toString(size));
        }
        return out.toByteArray();
    }

    private static void record(ByteArrayOutputStream out, String key, String value) {
        int body = (" " + key + "=" + value + "\n").getBytes(StandardCharsets.UTF_8).length;
        int length = body + Integer.toString(body).length();
        if (Integer.toString(length).length() != Integer.toString(body).length()) {
            length++;
        }
        out.writeBytes((length + " " + key + "=" + value + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String shortName(String name) {
        StringBuilder shortened = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (shortened.length() >= 99) {
                break;
            }
            shortened.append(c < 128 ? c : '_');
        }
        return shortened.toString();
    }

    private static void put(byte[] h, int offset, int length, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, h, offset, Math.min(bytes.length, length));
    }

    private static void octal(byte[] h, int offset, int length, long value) {
        String digits = Long.toOctalString(value);
        String padded = "0".repeat(Math.max(0, length - 1 - digits.length())) + digits;
        put(h, offset, length - 1, padded);
        h[offset + length - 1] = 0;
    }

    private static void pad(OutputStream tar, long size) throws IOException {
        int rest = (int) (size % BLOCK);
        if (rest != 0) {
            tar.write(new byte[BLOCK - rest]);
        }
    }

    private static boolean isAscii(String text) {
        return text.chars().allMatch(c -> c < 128);
    }
}
