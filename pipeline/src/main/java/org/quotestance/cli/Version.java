package org.quotestance.cli;

/** The tool's version, from the jar manifest (the Maven project version), or "dev" outside a jar. */
final class Version {

    private Version() {
    }

    static String get() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
