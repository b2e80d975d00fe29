package org.quotestance.gazetteer.build;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GeoNames romanises the Arabic article in place names ("Al Qāmishlī", "Ar Raqqah", "Az Zawiyah"), where
 * English news mostly drops it ("Qamishli", "Zawiyah"): the name without its article, for places in the
 * countries whose place names are Arabic. Elsewhere the same letters are other words (Spanish "El Paso",
 * Galician "As Pontes", Irish "An Uaimh") and are left alone.
 */
final class ArabicArticle {

    private static final Set<String> ARABIC_NAMED = Set.of("AE", "BH", "DJ", "DZ", "EG", "EH", "IQ", "JO", "KM",
            "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA", "SA", "SD", "SO", "SY", "TD", "TN", "YE");
    /** The article as GeoNames writes it: "al" or assimilated to the next consonant ("ar", "ash", "az"). */
    private static final Pattern ARTICLE = Pattern.compile(
            "^(?:Al|Ar|As|Ad|An|Ash|Az|At|Adh|Ath)[ -](\\p{Lu}.{2,})$");

    private ArabicArticle() {
    }

    /** The name without its leading article, for a place of an Arabic-named country; empty otherwise. */
    static Optional<String> stripped(String name, String countryCode) {
        if (!ARABIC_NAMED.contains(countryCode)) {
            return Optional.empty();
        }
        Matcher m = ARTICLE.matcher(name);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
