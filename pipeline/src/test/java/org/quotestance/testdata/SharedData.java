package org.quotestance.testdata;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The gold data folder: {@code QUOTESTANCE_DATA} when set (as for {@code scripts/measure-dev-sets.sh}),
 * else {@code ../shared/data} beside the project root (system property {@code quotestance.projectRoot},
 * set by surefire).
 */
public final class SharedData {

    private SharedData() {
    }

    public static Path folder() {
        String env = System.getenv("QUOTESTANCE_DATA");
        if (env != null && !env.isBlank()) {
            return Path.of(env).toAbsolutePath().normalize();
        }
        return projectRoot().resolve("../shared/data").normalize();
    }

    public static Path projectRoot() {
        Path root = Path.of(System.getProperty("quotestance.projectRoot", "..")).toAbsolutePath();
        return Files.exists(root.resolve("pipeline")) ? root : root.getParent();
    }

    /** The file at {@code relative} in the data folder; skips the calling test when it is absent. */
    public static Path require(String relative) {
        Path file = folder().resolve(relative);
        assumeTrue(Files.isRegularFile(file), "shared gold data not present: " + file);
        return file;
    }
}
