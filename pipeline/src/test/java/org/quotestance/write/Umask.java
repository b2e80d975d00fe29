package org.quotestance.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/** The umask of this JVM, read from a shell it starts (which inherits it): Java has no call for it. */
public final class Umask {

    private Umask() {
    }

    public static int value() throws IOException, InterruptedException {
        Process shell = new ProcessBuilder("sh", "-c", "umask").redirectErrorStream(true).start();
        String out = new String(shell.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
        shell.waitFor();
        return Integer.parseInt(out, 8);
    }

    /** What the umask leaves of 0666 for a new file. */
    public static Set<PosixFilePermission> newFilePermissions() throws IOException, InterruptedException {
        return permissions(0666 & ~value());
    }

    /** What the umask leaves of 0777 for a new folder. */
    public static Set<PosixFilePermission> newFolderPermissions() throws IOException, InterruptedException {
        return permissions(0777 & ~value());
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = PosixFilePermission.values(); // OWNER_READ .. OTHERS_EXECUTE, high bit first
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << (bits.length - 1 - i))) != 0) {
                set.add(bits[i]);
            }
        }
        return set;
    }
}
