package org.quotestance.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a curated XMI file names its document, in the layouts annotate and INCEpTION write. */
class XmiFolderTest {

    @TempDir
    Path root;

    @Test
    void documentsAreNamedByTheirFileOrByTheirFolderInInceptionsProjectExport() throws Exception {
        XmiFolder folder = XmiFolder.open(root);
        assertEquals("000_bcb5397679db7f96", folder.documentId(root.resolve("000_bcb5397679db7f96.xmi")));
        assertEquals("000_bcb5397679db7f96", folder.documentId(root.resolve("000_bcb5397679db7f96.txt.xmi")));
        assertEquals("report.v2", folder.documentId(root.resolve("report.v2.xmi")));
        assertEquals("bbc-001", folder.documentId(root.resolve("curation/bbc-001.txt/CURATION_USER.xmi")));
        assertEquals("bbc-001", folder.documentId(root.resolve("curation/bbc-001.xmi/INITIAL_CAS.xmi")));
        assertEquals("bbc-002", folder.documentId(root.resolve("bbc/bbc-002.xmi")), "a sub-folder of one's own");
    }
}
