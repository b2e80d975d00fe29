package org.quotestance.gazetteer.build;

/**
 * Which alternate names are worth indexing for English news: Latin script, starting with a
 * capital letter, at least three characters, no digits. Drops the non-Latin scripts and the
 * lower-case romanisation keys GeoNames carries, which English text never uses and which
 * would only bloat the index.
 */
final class NameFilter {

    private NameFilter() {
    }

    static boolean isUsable(String name) {
        if (name.length() < 3 || name.length() > 60 || !Character.isUpperCase(name.codePointAt(0))) {
            return false;
        }
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
                    return false;
                }
            } else if (Character.getType(cp) != Character.NON_SPACING_MARK && " -'.\u2019\u02BB\u02BC".indexOf(cp) < 0) {
                return false;
            }
        }
        return true;
    }
}
