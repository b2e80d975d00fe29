package org.quotestance.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The committed corpus browser ({@code corpus/site/index.html}) opened from a file:// URL in headless
 * Chromium, driven by playwright-core from npm ({@code src/test/site/site-test.mjs}): it clicks through to a
 * document, checks the highlighted quote of Abbas Araqchi, the speakers table, one map marker per resolved
 * place of {@code csv/locations.csv}, clicks an edge of the stance network and checks its evidence list against
 * {@code csv/stances.csv}, checks the timeline's dated and undated counts, and that no page makes a network request; screenshots go to
 * {@code target/site-test/}. Skipped when Chromium ({@code /usr/bin/chromium}), node or npm are absent, or
 * when playwright-core cannot be installed.
 */
class SiteBrowserTest {

    private static final String PLAYWRIGHT = "playwright-core@1.65.1";
    private static final Path CHROMIUM = Path.of(System.getProperty("quotestance.chromium", "/usr/bin/chromium"));

    @Test
    void corpusBrowserOpensFromTheFileSystemAndShowsQuotesAndPlaces() throws Exception {
        String root = System.getProperty("quotestance.projectRoot");
        Assumptions.assumeTrue(root != null && Files.isRegularFile(Path.of(root, "corpus/site/index.html")),
                "quotestance.projectRoot not set or no corpus/site/index.html");
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM);
        Assumptions.assumeTrue(runs(List.of("node", "--version")) && runs(List.of("npm", "--version")),
                "node or npm not found");

        Path work = Path.of("target", "site-test").toAbsolutePath();
        Files.createDirectories(work);
        if (!Files.isDirectory(work.resolve("node_modules/playwright-core"))) {
            Files.writeString(work.resolve("package.json"), "{\"private\": true}\n", StandardCharsets.UTF_8);
            int npm = run(List.of("npm", "install", PLAYWRIGHT, "--prefer-offline", "--no-audit", "--no-fund",
                    "--silent"), work, work.resolve("npm-install.log"), 300);
            Assumptions.assumeTrue(npm == 0, "npm install " + PLAYWRIGHT + " failed; see " + work.resolve("npm-install.log"));
        }
        Files.copy(Path.of("src/test/site/site-test.mjs"), work.resolve("site-test.mjs"),
                StandardCopyOption.REPLACE_EXISTING);
        Path log = work.resolve("site-test.log");
        int exit = run(List.of("node", "site-test.mjs", Path.of(root, "corpus").toString(),
                work.resolve("screenshots").toString(), CHROMIUM.toString()), work, log, 180);
        assertEquals(0, exit, "site test failed:\n" + Files.readString(log, StandardCharsets.UTF_8));
    }

    private static boolean runs(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int run(List<String> command, Path dir, Path log, int seconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }
}
