package org.quotestance.cli;

/**
 * The command line's choice of convention for places inside organisation names ("Kentucky" in "Kentucky
 * State Police"), passed to the location engine's {@code markOrganisationPlaces}.
 */
enum OrganisationPlaces {
    marked, unmarked;

    static final String OPTION = "--organisation-places";

    static final String HELP = "Places inside organisation names (\"Kentucky\" in \"Kentucky State Police\"): "
            + "marked, as LGL's and TR-News' gold does, or unmarked, as GeoWebNews' gold does "
            + "(default: ${DEFAULT-VALUE}); one of ${COMPLETION-CANDIDATES}";

    boolean isMarked() {
        return this == marked;
    }
}
