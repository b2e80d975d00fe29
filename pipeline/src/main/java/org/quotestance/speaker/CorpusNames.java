package org.quotestance.speaker;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The people a corpus names in full, gathered by a first pass over its texts ({@link #addDocument}), by
 * surname key ({@link NameKey}): for each "Given Surname", how often and in how many documents it is named,
 * its surface forms, the gender honorifics and titles give ("Mrs.", "congresswoman", before it or before its surname
 * alone in its documents), the title words before it, the dates of its documents,
 * and (for surnames that more than one given name shares) the other full names of its documents. The
 * {@link SurnameLinker} reads it to join a surname-only mention to the one person of the corpus it names.
 */
public final class CorpusNames implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Bounds that keep a person's record small whatever the size of the corpus. */
    static final int MAX_TITLES = 16;
    static final int MAX_COOCCURRING = 48;

    /** One full name of the corpus. */
    public static final class Person implements Serializable {
        private static final long serialVersionUID = 1L;
        final String surnameKey;
        final String givenKey;
        final String initial;
        final Map<String, Integer> surfaces = new HashMap<>(2);
        int mentions;
        int docs;
        int male;
        int female;
        /** Honorifics before the surname alone in documents that name only this person of the surname in full. */
        int surnameMale;
        int surnameFemale;
        String firstDate = "";
        String lastDate = "";
        Map<String, Integer> titles;
        Map<String, Integer> cooccurring;

        Person(String surnameKey, String givenKey, String initial) {
            this.surnameKey = surnameKey;
            this.givenKey = givenKey;
            this.initial = initial;
        }

        /** "klinton_hilari": the surname and given-name keys, which identify the person in the index. */
        public String key() {
            return surnameKey + "_" + givenKey;
        }

        /** The surface form used most often ("Hillary Clinton"); ties go to the alphabetically first. */
        public String name() {
            return surfaces.entrySet().stream()
                    .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .map(Map.Entry::getKey).orElse("");
        }

        public int mentions() {
            return mentions;
        }

        /**
         * 'M' or 'F' when the honorifics and titles before the name say so at least three times as often as
         * the other, else 0 (pronouns around a name too often belong to someone else to be counted).
         */
        public char gender() {
            return gender(male + surnameMale, female + surnameFemale);
        }

        private static char gender(int male, int female) {
            return male > 0 && male >= 3 * female ? 'M' : female > 0 && female >= 3 * male ? 'F' : 0;
        }

        int titleCount(String word) {
            return titles == null ? 0 : titles.getOrDefault(word, 0);
        }

        int cooccurrences(String personKey) {
            return cooccurring == null ? 0 : cooccurring.getOrDefault(personKey, 0);
        }
    }

    private final Map<String, Map<String, Person>> bySurname = new HashMap<>();
    /** Mentions of each given-name key in full names: "Hillary said" is a given name, not a surname. */
    private final Map<String, Integer> givenMentions = new HashMap<>();

    /** In how many documents each word is written in lower case, while the first pass runs (dropped by {@link #complete}). */
    private transient LowerCaseWordCounts lowerCaseWords = new LowerCaseWordCounts();

    /** Adds the full names of one document (its text as the articles give it; {@code date} may be empty). */
    public void addDocument(String text, String date) {
        add(scan(text, date));
    }

    /**
     * One document's names, found by {@link #scan} (the costly part, which any thread may run) and counted by
     * {@link #add} (in document order, so the counts do not depend on which thread scanned what).
     */
    public static final class Scan {
        private final DocumentNames names;
        private final String date;

        private Scan(DocumentNames names, String date) {
            this.names = names;
            this.date = date;
        }
    }

    /**
     * The names of one document, ready for {@link #add}; any thread may call it, and several at once (the words
     * it writes in lower case are counted here, by the calling thread, since the sums do not depend on the order).
     */
    public Scan scan(String text, String date) {
        lowerCaseWords.countDocument(text);
        return new Scan(DocumentNames.of(text), date);
    }

    /** Adds one document's scanned names, as {@link #addDocument} does. */
    public void add(Scan scan) {
        DocumentNames names = scan.names;
        String date = scan.date;
        for (DocumentNames.FullName name : names.fullNames()) {
            Map<String, Person> givens = bySurname.computeIfAbsent(name.surnameKey(), k -> new HashMap<>(2));
            Person p = givens.computeIfAbsent(name.givenKey(), k -> new Person(name.surnameKey(), k, NameKey.initial(name.given())));
            p.mentions += name.count();
            givenMentions.merge(name.givenKey(), name.count(), Integer::sum);
            p.docs++;
            p.surfaces.merge(name.surface(), name.count(), Integer::sum);
            p.male += name.male();
            p.female += name.female();
            p.surnameMale += name.surnameMale();
            p.surnameFemale += name.surnameFemale();
            for (String title : name.titles()) {
                if (p.titles == null) {
                    p.titles = new HashMap<>(4);
                }
                if (p.titles.size() < MAX_TITLES || p.titles.containsKey(title)) {
                    p.titles.merge(title, 1, Integer::sum);
                }
            }
            if (!date.isEmpty()) {
                p.firstDate = p.firstDate.isEmpty() || date.compareTo(p.firstDate) < 0 ? date : p.firstDate;
                p.lastDate = date.compareTo(p.lastDate) > 0 ? date : p.lastDate;
            }
            // co-occurrence only matters where a surname has several given names: only those pay for it
            if (givens.size() > 1) {
                addCooccurring(p, name, names);
            }
        }
    }

    private static void addCooccurring(Person p, DocumentNames.FullName name, DocumentNames names) {
        for (DocumentNames.FullName other : names.fullNames()) {
            if (other.surnameKey().equals(name.surnameKey())) {
                continue;
            }
            if (p.cooccurring == null) {
                p.cooccurring = new HashMap<>(8);
            }
            if (p.cooccurring.size() < MAX_COOCCURRING || p.cooccurring.containsKey(other.key())) {
                p.cooccurring.merge(other.key(), 1, Integer::sum);
            }
        }
    }

    /**
     * Ends the first pass: a "full name" whose first word the corpus writes in lower case more than
     * {@value #COMMON_WORD_RATIO} times as often as it starts a full name ("Whatever Bloomberg", "Politics and
     * Pies") was a common word at the start of a sentence or heading, not a given name, and is dropped.
     */
    public CorpusNames complete() {
        for (Map<String, Person> givens : bySurname.values()) {
            givens.values().removeIf(p -> {
                String given = p.name().split(" ")[0].toLowerCase(java.util.Locale.ROOT);
                return lowerCaseWords.documents(given) > COMMON_WORD_RATIO * givenMentions.getOrDefault(p.givenKey, 0);
            });
        }
        bySurname.values().removeIf(Map::isEmpty);
        for (String surnameKey : bySurname.keySet()) {
            dropBorrowedGender(withSurname(surnameKey));
        }
        lowerCaseWords = null;
        return this;
    }

    static final int COMMON_WORD_RATIO = 10;

    /**
     * An article may name only Bill Clinton in full and still call Hillary "Mrs. Clinton": the surname's
     * honorifics in such articles are most often those of the surname's most named person. So a lesser person
     * whose surname honorifics give the gender the most named one has keeps only the honorifics before their
     * own full name (Bill Clinton does not become a woman from the "Mrs. Clinton" of articles about her).
     */
    private static void dropBorrowedGender(List<Person> people) {
        if (people.size() < 2) {
            return;
        }
        char lead = people.get(0).gender();
        for (Person p : people.subList(1, people.size())) {
            if (lead != 0 && Person.gender(p.surnameMale, p.surnameFemale) == lead) {
                p.surnameMale = 0;
                p.surnameFemale = 0;
            }
        }
    }

    /** The people of the corpus with this surname key, most mentioned first (ties: by key). */
    public List<Person> withSurname(String surnameKey) {
        Map<String, Person> givens = bySurname.get(surnameKey);
        if (givens == null) {
            return List.of();
        }
        List<Person> people = new ArrayList<>(givens.values());
        people.sort(MOST_MENTIONED_FIRST);
        return people;
    }

    /**
     * Most mentions first, then by key; people of one surname key, whose keys differ in the given-name key alone
     * (compared without making the keys: this sorts at every surname-only mention).
     */
    private static final Comparator<Person> MOST_MENTIONED_FIRST = (a, b) -> a.mentions != b.mentions
            ? Integer.compare(b.mentions, a.mentions) : a.givenKey.compareTo(b.givenKey);

    /** The gender the corpus's honorifics and titles give the person named {@code fullName} ({@link Person#gender}), or 0. */
    public char genderOf(String fullName) {
        List<String> words = NameKey.nameWords(fullName);
        if (words.size() < 2) {
            return 0;
        }
        Map<String, Person> givens = bySurname.get(NameKey.skeleton(words.get(words.size() - 1)));
        Person p = givens == null ? null : givens.get(NameKey.skeleton(words.get(0)));
        return p == null ? 0 : p.gender();
    }

    /** How often the corpus's full names start with this given-name key. */
    public int givenMentions(String givenKey) {
        return givenMentions.getOrDefault(givenKey, 0);
    }

    /**
     * The id of the person named {@code fullName}: {@link NameKey#personId}, unless another given name of the
     * corpus shares the surname and the initial ("Hillary" and "Harry Clinton"): then the whole given-name key
     * stands in the id ({@code klinton_hilari}), so the two never share one.
     */
    public String personId(String fullName) {
        return personId(NameKey.nameWords(fullName));
    }

    /** As {@link #personId(String)}, for the full name's words ({@link NameKey#nameWords}). */
    String personId(List<String> words) {
        if (words.size() < 2) {
            return NameKey.personId(words);
        }
        String surnameKey = NameKey.skeleton(words.get(words.size() - 1));
        String initial = NameKey.initial(words.get(0));
        Map<String, Person> givens = bySurname.get(surnameKey);
        if (givens != null) {
            String givenKey = NameKey.skeleton(words.get(0));
            for (Person other : givens.values()) {
                if (!other.givenKey.equals(givenKey) && other.mentions > 2 && other.docs > 1
                        && other.initial.equals(initial)) {
                    return surnameKey + "_" + givenKey;
                }
            }
        }
        return surnameKey + "_" + initial; // NameKey.personId
    }

    public void write(Path file) throws IOException {
        try (ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeObject(this);
        }
    }

    private static final Map<Path, CorpusNames> LOADED = new LinkedHashMap<>();

    /**
     * The index written to {@code file}, read once per JVM and shared by the engines of every thread (it is
     * not changed after the first pass).
     */
    public static synchronized CorpusNames load(Path file) throws IOException {
        CorpusNames names = LOADED.get(file);
        if (names == null) {
            try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                names = (CorpusNames) in.readObject();
            } catch (ClassNotFoundException e) {
                throw new IOException("not an index of corpus names: " + file, e);
            }
            LOADED.clear();
            LOADED.put(file, names);
        }
        return names;
    }
}
