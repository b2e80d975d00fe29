package org.quotestance.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Joining a surname to a person the article named in full, by gender. */
class DocumentSpeakersTest {

    @Test
    void mrsClintonDoesNotJoinABillClintonTheArticleNames() {
        // "Bill Clinton spoke in Ohio. … Mrs. Clinton said …": his given name says he is a man
        DocumentSpeakers speakers = new DocumentSpeakers();
        DocumentSpeakers.Speaker bill = speakers.person("Bill Clinton", "", 0);
        DocumentSpeakers.Speaker mrsClinton = speakers.person("Clinton", "", 40, 'F');
        assertNotSame(bill, mrsClinton);
        assertEquals(2, speakers.all().size());
    }

    @Test
    void mrClintonJoinsBillClinton() {
        DocumentSpeakers speakers = new DocumentSpeakers();
        DocumentSpeakers.Speaker bill = speakers.person("Bill Clinton", "", 0);
        assertSame(bill, speakers.person("Clinton", "", 40, 'M'));
        assertEquals(1, speakers.all().size());
    }
}
