package org.quotestance.pipeline;

import java.nio.file.Path;
import java.util.Set;

/**
 * What the writers need to know about a run: the corpus folder, the formats to write, the folder of
 * committed evaluation figures the dataset card quotes (it may be absent) and the tool's version.
 */
public record ExportOptions(Path corpus, Set<ExportFormat> formats, Path evalResults, String toolVersion) {

    public static ExportOptions all(Path corpus) {
        return new ExportOptions(corpus, ExportFormat.all(), Path.of("eval-results"), "dev");
    }

    public boolean writes(ExportFormat format) {
        return formats.contains(format);
    }
}
