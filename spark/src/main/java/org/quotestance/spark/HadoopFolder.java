package org.quotestance.spark;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.uima.cas.CAS;
import org.quotestance.write.XmiCorpusWriter;
import org.xml.sax.SAXException;

/**
 * A folder on any Hadoop file system (local, HDFS, S3A, ...) that XMI files (with {@link XmiCorpusWriter}'s
 * serialisation) and other files are written to. Each file is written under a temporary name and renamed into place, so a task
 * that fails or is retried leaves no half-written file; a retry writes the same bytes again.
 */
final class HadoopFolder {

    private final FileSystem fs;
    private final Path folder;

    HadoopFolder(String folder) throws IOException {
        this.folder = new Path(folder);
        FileSystem fileSystem = this.folder.getFileSystem(new Configuration());
        // The checksummed local file system would put a .crc file beside every XMI file.
        this.fs = fileSystem instanceof LocalFileSystem local ? local.getRaw() : fileSystem;
        fs.mkdirs(this.folder);
    }

    void write(String docId, CAS cas) throws IOException, SAXException {
        write(docId + ".xmi", out -> XmiCorpusWriter.writeXmi(cas, out));
    }

    void writeTypeSystem(CAS cas) throws IOException, SAXException {
        write(XmiCorpusWriter.TYPE_SYSTEM_FILE, out -> {
            try (out) {
                XmiCorpusWriter.writeTypeSystem(cas, out);
            }
        });
    }

    void write(String name, byte[] bytes) throws IOException {
        try {
            write(name, out -> {
                try (out) {
                    out.write(bytes);
                }
            });
        } catch (SAXException e) {
            throw new IOException(e);
        }
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException, SAXException;
    }

    private void write(String name, Content content) throws IOException, SAXException {
        Path target = new Path(folder, name);
        Path temporary = new Path(folder, "." + name + "." + java.util.UUID.randomUUID() + ".tmp");
        try {
            content.writeTo(fs.create(temporary, true));
            fs.delete(target, false);
            if (!fs.rename(temporary, target)) {
                throw new IOException("cannot rename " + temporary + " to " + target);
            }
        } finally {
            fs.delete(temporary, false);
        }
    }
}
