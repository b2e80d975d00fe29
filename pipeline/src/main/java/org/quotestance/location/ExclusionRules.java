package org.quotestance.location;

import java.util.Set;
import java.util.regex.Pattern;

import org.quotestance.gazetteer.Gazetteer;
import org.quotestance.gazetteer.GazetteerEntry;
import org.quotestance.gazetteer.NameKeys;

/**
 * Drops place-name candidates that are not locations in context:
 * <ol>
 * <li>part of an organisation, outlet or event name: followed by a capitalised word of
 * {@code organisation-heads.txt} ("Minsk Group", "Qom Seminary", "Press TV" is never matched,
 * "Washington Post"), or preceded by one of {@code organisation-prefixes.txt} directly
 * ("Air Zimbabwe") or with "of" ("University of Texas", "Bank of England");</li>
 * <li>a common word ({@code stoplist.txt}: "May", "Best", "Court") unless a locative
 * preposition precedes it and it names a major place ("in Nice");</li>
 * <li>a frequent first name or surname ({@code person-names.txt}: "Jones", "Kelly") without a
 * locative cue ({@link #hasLocativeCue}) or a qualifier after it ("Jackson, Miss.");</li>
 * <li>a short all-capital word that names no country, division or region ("BA", "CNN"), or the
 * plural of an acronym ("MPs");</li>
 * <li>street and route names, direction modifiers ("Northeast Georgia"), eras ("100 B.C.") and
 * division abbreviations out of place (see {@code docs/locations.md} for each);</li>
 * <li>part of a longer proper name in running text (not in title-case headlines): a capitalised
 * word right before it that is neither sentence-initial, a direction ("Southern"), nor itself a
 * country, region or demonym ("Kerry Washington", "Mr Paris"); or a capitalised word right after
 * it that is not a title, office, generic geographic or calendar word of
 * {@code name-followers.txt} ("Jordan Peterson", "Washington Redskins").</li>
 * </ol>
 */
final class ExclusionRules {

    private static final Pattern ACRONYM_PLURAL = Pattern.compile("\\p{Lu}{2,5}s");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,5}");
    /** A word of two or more letters, all capitals ("PARIS", "SAY"; not "A" or "I"). */
    private static final Pattern ALL_CAPITALS = Pattern.compile("\\p{Lu}[\\p{Lu}-]*\\p{Lu}");
    /** All-capital words of a headline or dateline that the acronym pattern would take for an organisation's. */
    private static final Set<String> CAPITALISED_FUNCTION_WORDS = Set.of("THE", "AND", "FOR", "BUT", "NOT", "NOR",
            "OF", "IN", "ON", "AT", "TO", "BY", "AS", "IS", "IT", "BE", "WE", "HE", "SHE", "NO", "UP", "SO", "OR", "AN",
            "ARE", "WAS", "HAS", "HAD", "WILL", "SAY", "SAYS", "SAID", "FROM", "WITH", "OVER", "AFTER", "NEAR",
            "INTO", "NEW", "NEWS", "AM", "PM");
    private static final Pattern DOTTED_INITIALS = Pattern.compile("\\p{Lu}\\.\\p{Lu}\\.?");

    /** Era abbreviations that are also names of divisions (B.C. for British Columbia). */
    private static final Set<String> ERAS = Set.of("bc", "bce", "ad", "ce");
    /** Keys of degrees and professional associations after a person's or firm's name ("M.D.", "P.A."). */
    private static final Set<String> POSTNOMINALS = Set.of("md", "pa");
    /** Capitalised after a dateline or in a headline, these start a noun phrase, not a person's name. */
    /** Lower-case words inside a longer name: "Georgia Hall of Fame", "Texas A and M". */
    private static final Set<String> NAME_JOINERS = Set.of("of", "and", "for", "de", "du", "la", "van", "von");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that", "these", "those",
            "every", "each", "some", "no", "our", "their", "his", "her", "its", "my", "your");

    /** The exclusion of a place inside an organisation's name ("Georgia Bureau of Investigation"). */
    static final String ORGANISATION = "organisation";
    static final String LONGER_NAME = "longer-name";
    /** The verdict on a word of {@code stoplist.txt}: no place whatever its context ("the Islamic Republic"). */
    static final String COMMON_WORD = "common";
    /** The verdict on a company's name that a place also bears, used as the company's ("Amazon's book chart"). */
    static final String COMPANY = "company";

    private final Gazetteer gazetteer;
    private final Set<String> organisationHeads = WordList.load("organisation-heads.txt");
    private final Set<String> organisationPrefixes = WordList.load("organisation-prefixes.txt");
    private final Set<String> stoplist = WordList.load("stoplist.txt");
    private final Set<String> personNames = WordList.load("person-names.txt");
    private final Set<String> followers = WordList.load("name-followers.txt");
    private final Set<String> offices = WordList.load("office-words.txt");
    private final Set<String> directions = WordList.load("direction-words.txt");
    private final Set<String> locatives = WordList.load("locative-prepositions.txt");
    private final Set<String> streetWords = WordList.load("street-words.txt");
    /** Companies and outlets named without an organisation word, as the speaker layer reads them. */
    private final Set<String> companies = Set.copyOf(org.quotestance.lexicon.WordList.lines(
            ExclusionRules.class, "/org/quotestance/speaker/organisation-names.txt"));

    ExclusionRules(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    boolean isExcluded(ToponymMention mention) {
        return exclusion(mention) != null;
    }

    /** The first rule that drops the mention (a short name, a feature of the toponym classifier), or null. */
    String exclusion(ToponymMention mention) {
        if (isInsideOrganisationName(mention)) {
            return ORGANISATION;
        }
        if (isStreetName(mention)) {
            return "street";
        }
        if (isCommonWord(mention)) {
            return COMMON_WORD;
        }
        if (isCompanyName(mention)) {
            return COMPANY;
        }
        if (isAbbreviationWithoutPeriod(mention)) {
            return "clipped";
        }
        if (isDirectionModifier(mention)) {
            return "direction";
        }
        if (isEra(mention)) {
            return "era";
        }
        if (isPostnominal(mention)) {
            return "postnominal";
        }
        if (isPersonName(mention)) {
            return "person";
        }
        if (isUnknownAcronym(mention)) {
            return "acronym";
        }
        return isPartOfLongerName(mention) ? LONGER_NAME : null;
    }

    /**
     * Part of a street or route name, also in title-case text: followed by a word of
     * {@code street-words.txt} ("Elkview Drive", "Herring Street" for the town Street), or by
     * coordinated names and a plural street word ("Culver and Charter streets"), or an
     * abbreviated state or country followed by a number ("W.Va. 61", "U.S. 27A").
     */
    boolean isStreetName(ToponymMention mention) {
        SentenceTokens s = mention.sentence;
        if (mention.prefixEnd >= 0 || mention.suffixBegin >= 0) {
            return false;
        }
        if (mention.wordCount() == 1 && streetWords.contains(s.word(mention.firstToken))
                && mention.firstToken > 0 && s.isCapitalised(mention.firstToken - 1)) {
            return true;
        }
        int next = mention.lastToken + 1;
        if (next < s.size() && s.word(next).equals(".") && isAbbreviation(mention)) {
            next++;
        }
        if (next >= s.size() || s.isPossessive(mention.lastToken)) {
            return false;
        }
        if (streetWords.contains(s.word(next))) {
            return true;
        }
        if (Character.isDigit(s.word(next).charAt(0))) {
            String surface = s.word(mention.firstToken);
            return mention.wordCount() == 1 && (surface.contains(".") || isAbbreviation(mention));
        }
        for (int i = next, limit = Math.min(s.size(), next + 8); i < limit; i++) {
            String word = s.word(i);
            if (streetWords.contains(word) && Character.isLowerCase(word.charAt(0))) {
                return true;
            }
            if (!(word.equals(",") || word.equals("and") || word.equals("or") || s.isCapitalised(i))) {
                return false;
            }
        }
        return false;
    }

    /**
     * A place inside an organisation's name ("Georgia Bureau of Investigation", "Walker County
     * Sheriff's Office", "Texas Alcoholic Beverage Commission"): not a toponym, but evidence of
     * where the document is, so it takes part in disambiguation. Names followed by another
     * capitalised word count only when they are longer than one word or name a country or
     * division (a one-word town there may be a person: "Jordan Peterson"). Common words, person
     * names, unknown acronyms and organisation heads themselves ("Transit" in "Toronto Transit
     * Commission") are no evidence.
     */
    boolean isOrganisationContext(ToponymMention mention) {
        SentenceTokens s = mention.sentence;
        boolean headWord = mention.wordCount() == 1 && organisationHeads.contains(s.word(mention.firstToken));
        if (headWord || isCommonWord(mention) || isPersonName(mention) || isUnknownAcronym(mention)) {
            return false;
        }
        if (isInsideOrganisationName(mention)) {
            return true;
        }
        if (mention.sentence.isTitleCase() || !isFollowedByName(mention)) {
            return false;
        }
        GazetteerEntry top = mention.candidates.get(0);
        return mention.wordCount() > 1 || top.isCountry() || top.featureClass().equals("A.ADM1")
                || top.featureClass().equals("A.ADM2");
    }

    boolean isInsideOrganisationName(ToponymMention mention) {
        SentenceTokens s = mention.sentence;
        int next = mention.lastToken + 1;
        int previous = mention.firstToken - 1;
        if (next < s.size() && !s.isPossessive(mention.lastToken) && organisationHeads.contains(s.word(next))) {
            return true;
        }
        if (previous >= 0 && organisationPrefixes.contains(s.word(previous))) {
            return true;
        }
        return previous >= 1 && s.lower(previous).equals("of")
                && (organisationPrefixes.contains(s.word(previous - 1)) || organisationHeads.contains(s.word(previous - 1)));
    }

    /**
     * An organisation head closes the run of capitalised words after the name ("Colorado State
     * University", "Maryland State Police", "Kentucky Department of Fish"), or an organisation's acronym
     * stands right before or after it ("CBC Toronto", "Brant OPP", "New Brunswick RCMP"): a feature of the
     * toponym classifier; the rule itself ({@link #isInsideOrganisationName}) looks at the next word only.
     */
    boolean isOrganisationRun(ToponymMention mention) {
        SentenceTokens s = mention.sentence;
        boolean acronymBeside = isOrganisationAcronym(s, mention.firstToken - 1, -1)
                || isOrganisationAcronym(s, mention.lastToken + 1, +1);
        if (acronymBeside && !isAcronym(s.word(mention.firstToken))) {
            return true;
        }
        for (int i = mention.lastToken + 1; i < s.size() && i <= mention.lastToken + 4 && s.isCapitalised(i); i++) {
            if (organisationHeads.contains(s.word(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "CBC", "OPP": an all-capital word of two to five letters that names no country, division or region
     * ("US"), is no all-capital function word ("SAY", "THE") and stands outside a run of all-capital words
     * (a headline or dateline: "POLICE SAY PARIS", "LONDON AP"): neither its neighbour away from the mention
     * ({@code away} is the step from the mention towards it) nor the mention's word beside it is all capitals.
     */
    private boolean isOrganisationAcronym(SentenceTokens s, int i, int away) {
        if (i < 0 || i >= s.size() || !isAcronym(s.word(i)) || isRegionOrDemonym(s.word(i))
                || CAPITALISED_FUNCTION_WORDS.contains(s.word(i))) {
            return false;
        }
        return !isAllCapitals(s, i + away) && !isAllCapitals(s, i - away);
    }

    private static boolean isAllCapitals(SentenceTokens s, int i) {
        return i >= 0 && i < s.size() && mayBeCapitals(s.word(i)) && ALL_CAPITALS.matcher(s.word(i)).matches();
    }

    private static boolean isAcronym(String word) {
        return mayBeCapitals(word) && ACRONYM.matcher(word).matches();
    }

    /**
     * False for most words, without a matcher: a word that {@link #ACRONYM} or {@link #ALL_CAPITALS} matches has
     * two characters or more, and its first code point and its last character are no lower-case letters.
     */
    private static boolean mayBeCapitals(String word) {
        return word.length() >= 2 && !Character.isLowerCase(word.codePointAt(0))
                && !Character.isLowerCase(word.charAt(word.length() - 1));
    }

    /** A frequent first name or surname of {@code person-names.txt} (a feature of the toponym classifier). */
    boolean isPersonNameWord(SentenceTokens s, int i) {
        return i >= 0 && i < s.size() && s.isCapitalised(i) && personNames.contains(s.lower(i));
    }

    private boolean isCommonWord(ToponymMention mention) {
        if (!stoplist.contains(mention.key) || isAbbreviation(mention) || isDivisionAbbreviation(mention)) {
            return false;
        }
        return !(hasLocativePreposition(mention) && isMajor(mention.candidates.get(0)) && !opensLongerName(mention));
    }

    /**
     * "through The British Council", "from Nov. 3": a capitalised word or a number follows (after the
     * word's own period), so the preposition governs a longer name or a date, not the place.
     */
    private static boolean opensLongerName(ToponymMention mention) {
        SentenceTokens s = mention.sentence;
        int next = mention.lastToken + 1;
        if (next < s.size() && s.word(next).equals(".") && s.begin(next) == s.wordEnd(mention.lastToken)) {
            next++;
        }
        return next < s.size() && !s.isPossessive(mention.lastToken)
                && (s.isCapitalised(next) || Character.isDigit(s.word(next).charAt(0)));
    }

    /**
     * "dot.com survivors such as Amazon", "Gallup found": a one-word name that {@code organisation-names.txt}
     * lists is the company, unless "the" precedes it ("the Amazon", the region), a place that is no such name
     * qualifies it ("Gallup, N.M.") or, for a town of that name (not one it is an alias of), a locative
     * preposition or other cue marks it ("in Gallup").
     */
    private boolean isCompanyName(ToponymMention mention) {
        if (mention.wordCount() != 1 || !companies.contains(mention.key)
                || mention.qualifier != null && !companies.contains(mention.qualifier.key)) {
            return false; // "Amazon, Google and eBay" is no place qualified by another
        }
        int previous = mention.firstToken - 1;
        if (previous >= 0 && mention.sentence.lower(previous).equals("the")) {
            return false;
        }
        GazetteerEntry top = mention.candidates.get(0);
        boolean town = top.featureClassLetter().equals("P") && !gazetteer.isAlternateName(mention.key, top);
        return !(hasLocativeCue(mention) && town); // "investors in Google" is no Topeka, whose alias it is
    }

    private boolean isPersonName(ToponymMention mention) {
        return personNames.contains(mention.key) && !hasLocativeCue(mention) && mention.qualifier == null;
    }

    /**
     * "Ill.", "Pa.", "Wash.": a capitalised word with its period attached that abbreviates a
     * first-level division (admin1-names.csv), not the common word "ill" or "wash".
     */
    private static boolean isDivisionAbbreviation(ToponymMention mention) {
        SentenceTokens s = mention.sentence;
        int next = mention.lastToken + 1;
        if (mention.wordCount() != 1 || next >= s.size() || !s.word(next).equals(".")
                || s.begin(next) != s.wordEnd(mention.lastToken) || !s.isCapitalised(mention.firstToken)) {
            return false;
        }
        return mention.candidates.stream().anyMatch(e -> e.featureClass().equals("A.ADM1")
                && !e.isNamed(mention.key));
    }

    /**
     * "Wash your hands", "Mass": a short capitalised word that is only the clipped name of a
     * first-level division ("Wash." for Washington) but lacks the abbreviation's period is the
     * ordinary word.
     */
    private static boolean isAbbreviationWithoutPeriod(ToponymMention mention) {
        String surface = mention.sentence.word(mention.firstToken);
        GazetteerEntry top = mention.candidates.get(0);
        if (mention.wordCount() != 1 || surface.length() > 4 || !top.featureClass().equals("A.ADM1")) {
            return false;
        }
        for (int i = 1; i < surface.length(); i++) {
            if (!Character.isLowerCase(surface.charAt(i))) {
                return false;
            }
        }
        String name = NameKeys.normalise(top.name());
        boolean abbreviates = !name.contains(" ") && name.startsWith(mention.key) && !name.equals(mention.key);
        return abbreviates && !isDivisionAbbreviation(mention);
    }

    /** "North", "Far North", "North West": a direction word, maybe after "Far" or before another one. */
    private boolean isDirectionPhrase(ToponymMention mention) {
        SentenceTokens s = mention.sentence;
        int first = mention.firstToken;
        if (mention.wordCount() == 2 && s.word(first).equals("Far")) {
            first++;
        }
        for (int i = first; i <= mention.lastToken; i++) {
            if (!directions.contains(s.word(i))) {
                return false;
            }
        }
        return mention.wordCount() <= 2;
    }

    /**
     * "Northeast Georgia", "North Texas", "Northeast 180th Avenue": a direction word that is also a
     * place name (a region of Cameroon, a town) before another capitalised word or a number
     * modifies it.
     */
    private boolean isDirectionModifier(ToponymMention mention) {
        SentenceTokens s = mention.sentence;
        int next = mention.lastToken + 1;
        return isDirectionPhrase(mention) && next < s.size()
                && !s.isPossessive(mention.lastToken)
                && (s.isCapitalised(next) || Character.isDigit(s.word(next).charAt(0)));
    }

    /** "100 B.C.", "500 BC": an era after a year, not British Columbia. */
    private static boolean isEra(ToponymMention mention) {
        int previous = mention.firstToken - 1;
        return ERAS.contains(mention.key) && previous >= 0
                && mention.sentence.word(previous).chars().allMatch(Character::isDigit);
    }

    /**
     * "Maury M. Rosenstein, M.D., Ph.D.", "Dimond Kaplan &amp; Rothstein, P.A.": a degree or a
     * professional association after a name and a comma, not Maryland or Pennsylvania (whose
     * abbreviations in running text are "Md." and "Pa.", or "MD" and "PA" without periods).
     */
    private static boolean isPostnominal(ToponymMention mention) {
        int previous = mention.firstToken - 1;
        SentenceTokens s = mention.sentence;
        return POSTNOMINALS.contains(mention.key) && mention.wordCount() == 1 && previous >= 0
                && s.word(previous).equals(",") && DOTTED_INITIALS.matcher(s.word(mention.firstToken)).matches();
    }

    /** "US", "U.S.", "UK": two or more capitals in the name; not the common word "us". */
    private static boolean isAbbreviation(ToponymMention mention) {
        String surface = mention.sentence.word(mention.firstToken);
        int capitals = 0;
        for (int i = 0; i < surface.length() && capitals < 2; i++) {
            if (Character.isUpperCase(surface.charAt(i))) {
                capitals++;
            }
        }
        return capitals >= 2;
    }

    /**
     * "BA", "KBR", "CNN": short all-capital words are place names only as countries, divisions or regions;
     * the plural of an acronym ("MPs", "TVs") never is.
     */
    private static boolean isUnknownAcronym(ToponymMention mention) {
        String surface = mention.sentence.word(mention.firstToken);
        if (mention.wordCount() == 1 && surface.length() >= 3 && surface.endsWith("s")
                && !Character.isLowerCase(surface.codePointAt(0)) && ACRONYM_PLURAL.matcher(surface).matches()) {
            return true;
        }
        if (mention.wordCount() != 1 || surface.length() > 5 || !surface.equals(surface.toUpperCase(java.util.Locale.ROOT))) {
            return false;
        }
        return mention.candidates.stream().noneMatch(e -> e.isCountry() || e.featureClass().equals("A.ADM1")
                || e.featureClass().startsWith("L."));
    }

    /** A locative preposition right before the name ("in Jackson"), or a cue found by the annotator. */
    boolean hasLocativeCue(ToponymMention mention) {
        return mention.locativeCue || hasLocativePreposition(mention);
    }

    private boolean hasLocativePreposition(ToponymMention mention) {
        int previous = mention.firstToken - 1;
        return previous >= 0 && locatives.contains(mention.sentence.lower(previous));
    }

    private boolean isPartOfLongerName(ToponymMention mention) {
        return !mention.sentence.isTitleCase() && (isSurname(mention) || isFollowedByName(mention));
    }

    /**
     * A capitalised word right before the name that is neither sentence-initial, a direction,
     * a determiner ("CORSICANA — A Henderson County woman"), a possessive ("Warren County's
     * Hamilton Township"), nor a country, region or demonym: the name ends a person's or
     * organisation's name ("Kerry Washington", "Mr. Paris").
     */
    boolean isSurname(ToponymMention mention) {
        SentenceTokens s = mention.sentence;
        int previous = mention.firstToken - 1;
        if (previous >= 1 && s.word(previous).equals(".")) {
            previous--;
        }
        return previous >= 0 && s.isCapitalised(previous) && !s.isSentenceInitial(previous)
                && !directions.contains(s.word(previous)) && !isRegionOrDemonym(s.word(previous))
                && !DETERMINERS.contains(s.lower(previous)) && !s.isPossessive(previous);
    }

    /**
     * "Nine-year-old Sydney Stevens", "Georgia Stevens is lacing": a one-word name in running text
     * right before a frequent surname of {@code person-names.txt} is a person's first name. A
     * country's or first-level division's name, far more often a place in news, only when the
     * surname ends the name before a lower-case word: "Texas Hill Country", "Georgia Hall of Fame"
     * (hill, hall are surnames too) would otherwise make every Texas or Georgia of the story a person.
     */
    boolean isFirstName(ToponymMention mention) {
        SentenceTokens s = mention.sentence;
        int next = mention.lastToken + 1;
        return mention.wordCount() == 1 && !s.isTitleCase() && next < s.size() && !s.isPossessive(mention.lastToken)
                && mention.prefixEnd < 0 && mention.suffixBegin < 0 && isPersonNameWord(s, next)
                && (mention.candidates.stream().noneMatch(WeakMentionFilter::isStateOrCountry) || endsNameBeforeVerb(s, next));
    }

    /** "Georgia Stevens is": the word after the surname is lower case and continues no longer name ("of", "and"). */
    private static boolean endsNameBeforeVerb(SentenceTokens s, int surname) {
        int after = surname + 1;
        return after < s.size() && Character.isLowerCase(s.word(after).charAt(0))
                && !NAME_JOINERS.contains(s.lower(after));
    }

    private boolean isFollowedByName(ToponymMention mention) {
        SentenceTokens s = mention.sentence;
        int next = mention.lastToken + 1;
        return next < s.size() && !s.isPossessive(mention.lastToken) && s.isCapitalised(next)
                && !followers.contains(beforeHyphen(s.word(next))) && !isRegionOrDemonym(s.word(next))
                && !isOfficeRun(s, next);
    }

    /** "President-elect", "Governor-designate": the title before a hyphen. */
    private static String beforeHyphen(String word) {
        int hyphen = word.indexOf('-', 1);
        return hyphen < 0 ? word : word.substring(0, hyphen);
    }

    /**
     * "Quebec Health Minister", "Calgary MLA", "Oklahoma Republicans": up to three capitalised words
     * from {@code first} end in a word of {@code office-words.txt}, with no organisation head before it.
     */
    private boolean isOfficeRun(SentenceTokens s, int first) {
        for (int i = first; i < s.size() && i < first + 3 && s.isCapitalised(i); i++) {
            String word = s.word(i);
            if (offices.contains(word)) {
                return true;
            }
            if (organisationHeads.contains(word) || s.isPossessive(i)) {
                return false;
            }
        }
        return false;
    }

    private boolean isRegionOrDemonym(String word) {
        String key = NameKeys.normalise(word);
        if (gazetteer.demonymCountry(key).isPresent()) {
            return true;
        }
        return gazetteer.lookup(key).stream().anyMatch(e -> e.isCountry()
                || e.featureClass().equals("A.ADM1") || e.featureClass().startsWith("L."));
    }

    private static boolean isMajor(GazetteerEntry entry) {
        return entry.population() >= GazetteerEntry.MAJOR_PLACE_POPULATION || entry.isCountry()
                || entry.featureClass().equals("A.ADM1");
    }
}
