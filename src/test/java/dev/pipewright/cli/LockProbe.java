package dev.pipewright.cli;

import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** A child JVM that says whether some other process holds the lock on a file: "held" or "free". */
public final class LockProbe {

    public static void main(String[] args) throws Exception {
        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE)) {
            var lock = channel.tryLock();
            System.out.println(lock == null ? "held" : "free");
        }
    }
}
