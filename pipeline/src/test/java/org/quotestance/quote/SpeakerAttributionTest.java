package org.quotestance.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotestance.quote.QuotedNews.LEAD;
import static org.quotestance.quote.QuotedNews.attributions;
import static org.quotestance.quote.QuotedNews.mention;
import static org.quotestance.quote.QuotedNews.only;
import static org.quotestance.quote.QuotedNews.quotes;
import static org.quotestance.quote.QuotedNews.speaker;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.quotestance.type.Quote;

/**
 * Who said it: speaker attribution phenomena of news text (coordinated reports, appositives,
 * transcripts, groups, headings and places that are no speakers), one per test.
 */
class SpeakerAttributionTest {

    @Test
    void reportedSpeechEndsWhereACoordinatedReportWithItsOwnSubjectBegins() throws Exception {
        List<Quote> quotes = quotes(LEAD + "Ed Rendell agreed that the party rules should be modernized, "
                + "but he said that the discussion should wait until after the election.");
        assertEquals(2, quotes.size(), () -> quotes.stream().map(Quote::getCoveredText).toList().toString());
        assertEquals("that the party rules should be modernized", quotes.get(0).getCoveredText());
        assertEquals("that the discussion should wait until after the election", quotes.get(1).getCoveredText());
        assertEquals("he", mention(quotes.get(1)));
        assertEquals("Ed Rendell", speaker(quotes.get(1)));
    }

    @Test
    void participleCuesSourceIsTheMainClausesSubjectNotItsObject() throws Exception {
        List<Quote> quotes = quotes(LEAD + "Senator Harry Reid spoke about Mitt Romney on Monday.\n\n"
                + "Reid frequently mocked Romney for not releasing his tax returns, claiming that he had a source "
                + "who told him the nominee had not paid any taxes.");
        assertEquals(1, quotes.size(), () -> quotes.stream().map(Quote::getCoveredText).toList().toString());
        assertEquals("Reid", mention(quotes.get(0)));
        assertEquals("Harry Reid", speaker(quotes.get(0)));
    }

    @Test
    void participleAfterAMainClauseWithATwoWordObjectKeepsItsOneWordSubject() throws Exception {
        List<Quote> quotes = quotes(LEAD + "Trump attacked Hillary Clinton for her support of the war, "
                + "saying that she was unfit to lead the army.");
        assertEquals(1, quotes.size(), () -> quotes.stream().map(Quote::getCoveredText).toList().toString());
        assertEquals("Trump", mention(quotes.get(0)));
    }

    @Test
    void participleBeforeADirectQuoteTakesTheMainClausesSubject() throws Exception {
        List<Quote> quotes = quotes(LEAD + "During a speech on Monday, Trump attacked Hillary Clinton for her support "
                + "of the war, saying, \"She is not fit to lead the army.\"");
        assertEquals(1, quotes.size(), () -> quotes.stream().map(Quote::getCoveredText).toList().toString());
        assertEquals("Trump", mention(quotes.get(0)));
    }

    @Test
    void openingParticiplePhraseIsNoSubject() throws Exception {
        List<Quote> quotes = quotes(LEAD + "Chastened by the analyses, Governor Tom Hale revised his plan, "
                + "promising that the state will rebuild the bridge.");
        assertEquals(1, quotes.size(), () -> quotes.stream().map(Quote::getCoveredText).toList().toString());
        assertEquals("Tom Hale", speaker(quotes.get(0)));
    }

    @Test
    void imperativeOpeningAClauseIsNoSpeaker() throws Exception {
        List<Quote> quotes = quotes(LEAD + "Check out the campaign website of Tom Hale, and you will find papers on policy, "
                + "saying that the state will rebuild the bridge.");
        assertTrue(quotes.stream().noneMatch(q -> q.getSpeaker() != null && mention(q).equals("Check")));
    }

    @Test
    void conjunctionBeforeANominalSubjectIsNoPartOfIt() throws Exception {
        List<Quote> quotes = quotes(LEAD + "The bank holds most of its cash offshore, "
                + "and the report says the company has hundreds of subsidiaries in tax havens.");
        assertEquals("the report", mention(only(quotes)));
    }

    @Test
    void quoteIsNotJoinedAcrossASentenceOfItsOwnAfterTheAttribution() throws Exception {
        List<Quote> quotes = quotes(LEAD + "“The museum tells our story,” Mayor Ana Ruiz said. "
                + "She called the museum a “place of healing for the whole valley.”");
        Quote first = quotes.get(0);
        assertEquals("“The museum tells our story,”", first.getCoveredText());
        assertEquals("Ana Ruiz", speaker(first));
    }

    @Test
    void parentheticalAttributionInsideReportedSpeech() throws Exception {
        Quote q = only(quotes(LEAD + "Acts of protest, Ana Ruiz said, are acts of patriotism in a free country."));
        assertEquals("INDIRECT", q.getQuoteType());
        assertEquals("Acts of protest, Ana Ruiz said, are acts of patriotism in a free country", q.getCoveredText());
        assertEquals("Ana Ruiz", speaker(q));
    }

    @Test
    void relativePronounIsTheSpeakerAndResolvesToTheNameBeforeIt() throws Exception {
        List<Quote> quotes = quotes(LEAD + "The plan was criticised by Alan Cole, who argued that it would "
                + "raise taxes on small farms.");
        Quote q = only(quotes);
        assertEquals("who", mention(q));
        assertEquals("Alan Cole", speaker(q));
    }

    @Test
    void speakerBeforeTwoAppositivesIsTheNameNotTheOrganisation() throws Exception {
        Quote q = only(quotes(LEAD + "Jean Ayrault, the foreign minister of France, a permanent member of the "
                + "Security Council, said the test was a grave provocation."));
        assertEquals("Jean Ayrault", speaker(q));
    }

    @Test
    void ageBetweenNameAndCueIsSkipped() throws Exception {
        Quote q = only(quotes(LEAD + "Quina Jones, 25, said the police had not told the families anything."));
        assertEquals("Quina Jones", speaker(q));
    }

    @Test
    void subjectInsideASubordinateClauseIsTheSpeaker() throws Exception {
        List<Quote> quotes = quotes(LEAD + "Senator Ellen Marsh pressed John Stumpf at the hearing.\n\n"
                + "The room fell silent after he admitted that the bank had failed its customers.");
        Quote q = only(quotes);
        assertEquals("he", mention(q));
    }

    @Test
    void ageAndRelativeClauseBetweenNameAndCueAreSkipped() throws Exception {
        Quote q = quotes(LEAD + "“The Kremlin wants to tip the election.” Schiff, 56, who has served on the "
                + "committee for a decade, told the weekly video series it is clear.").get(0);
        assertEquals("DIRECT", q.getQuoteType());
        assertEquals("Schiff", mention(q));
    }

    @Test
    void participleAfterADirectQuoteContinuesItsSpeaker() throws Exception {
        List<Quote> quotes = quotes(LEAD + "“We do not see a link to terrorism,” the mayor said, "
                + "adding that it would take more hours before details emerge.");
        assertEquals(2, quotes.size());
        for (Quote q : quotes) {
            assertEquals("the mayor", mention(q));
        }
    }

    @Test
    void placeInALeadingAdverbialIsNotTheSpeaker() throws Exception {
        Quote q = only(quotes(LEAD + "At a press conference in Chelsea, the mayor also said that it was too "
                + "early to tell what caused the blast."));
        assertEquals("the mayor", mention(q));
    }

    @Test
    void pronounInsideARelativeClauseAfterAPrepositionIsTheSpeaker() throws Exception {
        Quote q = only(quotes(LEAD + "Critics seized upon the television appearance, in which he said he was "
                + "skeptical of the intelligence findings."));
        assertEquals("he", mention(q));
    }

    @Test
    void contractedPronounIsAPronounNotAName() throws Exception {
        Quote q = only(quotes(LEAD + "Ana Ruiz spoke first.\n\nI've argued that the tax code favours developers."));
        assertEquals("PRONOUN", q.getSpeaker().getMentionType());
        assertEquals("I've", mention(q));
    }

    @Test
    void quotationAfterAReportInTheSameParagraphContinuesItsSpeaker() throws Exception {
        List<Quote> quotes = quotes(LEAD + "Ana Ruiz said the loophole was worth examining because "
                + "“most people don’t know about it,” she said. “We have no context for the current moment.”");
        Quote last = quotes.get(quotes.size() - 1);
        assertEquals("“We have no context for the current moment.”", last.getCoveredText());
        assertEquals("Ana Ruiz", speaker(last));
    }

    @Test
    void allCapsHeadingIsNotASpeaker() throws Exception {
        Quote q = only(quotes(LEAD + "The savings plans are popular.\n\nTHE BORROWING Back then, "
                + "Joe McKinley said that he considered debt a last resort."));
        assertEquals("Joe McKinley", speaker(q));
    }

    @Test
    void allCapsPlaceNameInADatelineIsNotASpeaker() throws Exception {
        Quote q = only(quotes(LEAD + "WASHINGTON -- President Obama, dedicating the museum on Saturday, "
                + "said that it would tell the story of the whole nation."));
        assertEquals("Obama", speaker(q));
    }

    @Test
    void acronymSpeakerIsAnOrganisation() throws Exception {
        Quote q = only(quotes(LEAD + "The FBI said that the inquiry into the servers had been closed."));
        assertEquals("ORGANIZATION", q.getSpeaker().getMentionType());
        assertEquals("ORGANIZATION", q.getSpeaker().getEntity().getKind());
        assertEquals("FBI", speaker(q));
    }

    @Test
    void subjectAfterASubordinatorInsideTheClauseIsTheSpeakerNotAnEarlierName() throws Exception {
        Quote q = only(quotes(LEAD + "These calls for more American Special Operations troops have come even as some "
                + "of the same candidates have said they oppose sending ground troops to Syria."));
        assertEquals("candidates", mention(q));
    }

    @Test
    void subjectOfARelativeClauseOnTheObjectIsTheSpeakerNotItsAntecedent() throws Exception {
        Quote q = only(quotes(LEAD + "There has been a surge of people registering as independents, which Democrats "
                + "say could be aiding the senator."));
        assertEquals("Democrats", mention(q));
    }

    @Test
    void pluralGroupSubjectIsASpeakerLinkedToNoPerson() throws Exception {
        Quote q = only(quotes(LEAD + "Ana Ruiz left the hospital on Sunday.\n\n"
                + "The treatment plan changed after the visit, sources said."));
        assertEquals("sources", mention(q));
        assertEquals("NOMINAL", q.getSpeaker().getMentionType());
        assertNull(q.getSpeaker().getEntity());
    }

    @Test
    void pluralOfARoleIsAGroupNotThePersonWithThatRole() throws Exception {
        List<Quote> quotes = quotes(LEAD + "Health Minister Omar Nasser visited the valley.\n\n"
                + "Restructuring experts say some judges move such cases quickly.");
        Quote q = quotes.get(quotes.size() - 1);
        assertEquals("Restructuring experts", mention(q));
        assertNull(q.getSpeaker().getEntity());
    }

    @Test
    void partyMembersInThePluralAreAGroupSpeaker() throws Exception {
        Quote q = only(quotes(LEAD + "Republicans said the timing of the news was not intentional."));
        assertEquals("Republicans", mention(q));
        assertEquals("ORGANIZATION", q.getSpeaker().getEntity().getKind());
    }

    @Test
    void capitalisedGroupNounAtSentenceStartIsAGroupNotAPerson() throws Exception {
        Quote q = only(quotes(LEAD + "Analysts said the shares would rise after the floods."));
        assertEquals("Analysts", mention(q));
        assertEquals("NOMINAL", q.getSpeaker().getMentionType());
        assertNull(q.getSpeaker().getEntity());
    }

    @Test
    void membersOfAPartyNamedInTwoWordsAreOneGroupSpeaker() throws Exception {
        Quote q = only(quotes(LEAD + "The Liberal Democrats said the valley needs new defences."));
        assertEquals("Liberal Democrats", q.getSpeaker().getEntity().getCanonicalName());
        assertEquals("ORGANIZATION", q.getSpeaker().getEntity().getKind());
    }

    @Test
    void spokesmanForACompanyIsNotTheCompany() throws Exception {
        Quote q = only(quotes(LEAD + "A spokesman for Yukos said the company would appeal."));
        assertEquals("A spokesman for Yukos", mention(q));
        assertEquals("NOMINAL", q.getSpeaker().getMentionType());
    }

    @Test
    void roleIsTheTitleWithoutDeterminersOrConjunctions() throws Exception {
        Quote q = only(quotes(LEAD + "The Tory leader Michael Howard said the plan was a gimmick."));
        assertEquals("Michael Howard", speaker(q));
        assertEquals("Tory leader", q.getSpeaker().getEntity().getRole());
    }

    @Test
    void relationshipNounBeforeATitledNameGivesTheNameNoGender() throws Exception {
        List<Quote> quotes = quotes(LEAD + "The wife of Senator Tom Hale spoke first.\n\n"
                + "\u201cWe will rebuild,\u201d Hale said. He said that the levees would hold.");
        assertEquals("Tom Hale", speaker(quotes.get(quotes.size() - 1)));
    }

    @Test
    void contractedPronounResolvesLikeThePronoun() throws Exception {
        List<Quote> quotes = quotes(LEAD + "Mayor Ana Ruiz visited the valley on Monday.\n\n"
                + "She'd argued that the levees would hold.");
        assertEquals("Ana Ruiz", speaker(quotes.get(quotes.size() - 1)));
    }

    @Test
    void allCapsHeadingRunningIntoTheSentenceIsNotASpeaker() throws Exception {
        List<Quote> quotes = quotes(LEAD + "The savings plans are popular.\n\nTHE BORROWING Back when he "
                + "started, Joe McKinley said that he considered debt a last resort.");
        assertEquals("Joe McKinley", speaker(quotes.get(quotes.size() - 1)));
    }

    @Test
    void articleBeforeAnAcronymIsNoHeading() throws Exception {
        Quote q = only(quotes(LEAD + "A CNN poll released on Monday said that most voters had made up their minds."));
        assertEquals("ORGANIZATION", q.getSpeaker().getMentionType());
    }

    @Test
    void sheSkipsAManNamedWithMrAndResolvesToTheWomanBefore() throws Exception {
        List<Quote> quotes = quotes(LEAD + "Ms. Ana Ruiz said the bridge would reopen in May.\n\n"
                + "Mr. Karl Weber said that the repairs had been delayed by the rain.\n\n"
                + "“We will keep our promise,” she said.");
        assertEquals("Ana Ruiz", speaker(quotes.get(quotes.size() - 1)));
    }

    @Test
    void sheSkipsAManKnownOnlyByHisGivenName() throws Exception {
        List<Quote> quotes = quotes(LEAD + "Hillary Clinton said that the primary was over.\n\n"
                + "Bernie Sanders said that he would stay in the race until the convention.\n\n"
                + "“We will unite the party,” she said.");
        assertEquals(3, quotes.size(), () -> quotes.stream().map(Quote::getCoveredText).toList().toString());
        assertEquals("Hillary Clinton", speaker(quotes.get(2)));
    }

    @Test
    void heSkipsAWomanKnownOnlyByHerGivenName() throws Exception {
        List<Quote> quotes = quotes(LEAD + "Bernie Sanders said that the primary was not over.\n\n"
                + "Hillary Clinton said that the numbers were clear.\n\n"
                + "“We will fight on,” he announced.");
        assertEquals(3, quotes.size(), () -> quotes.stream().map(Quote::getCoveredText).toList().toString());
        assertEquals("Bernie Sanders", speaker(quotes.get(2)));
    }

    @Test
    void heSkipsACongresswoman() throws Exception {
        List<Quote> quotes = quotes(LEAD + "Tom Hale said the dam was safe.\n\n"
                + "Congresswoman Ellen Marsh said that the inspection report told another story.\n\n"
                + "“The dam will hold,” he said.");
        assertEquals("Tom Hale", speaker(quotes.get(quotes.size() - 1)));
    }

    @Test
    void honorificDoesNotEndTheSentence() throws Exception {
        Quote q = only(quotes(LEAD + "Acts of protest, Mr. Obama said, are acts of patriotism in a free country."));
        assertEquals("Acts of protest, Mr. Obama said, are acts of patriotism in a free country", q.getCoveredText());
        assertEquals("Obama", speaker(q));
    }

    @Test
    void middleInitialDoesNotEndTheSentence() throws Exception {
        Quote q = only(quotes(LEAD + "Marc H. Morial told the panel that young voters would turn out."));
        assertEquals("Marc H. Morial", mention(q));
    }

    @Test
    void placeOfTheStatementAfterTheCueIsNotAnInvertedSpeaker() throws Exception {
        Quote q = only(quotes(LEAD + "“Black voters have done their part,” Vann R. Newkirk II, a writer for "
                + "The Atlantic, said on Twitter."));
        assertEquals("“Black voters have done their part,”", q.getCoveredText());
        assertEquals("Vann R. Newkirk II", mention(q));
    }

    @Test
    void titleInCapitalsIsATitleNotAnOrganisation() throws Exception {
        List<Quote> quotes = quotes(LEAD + "Iranian Deputy Foreign Minister Abbas Araqchi visited Baku.\n\n"
                + "The deputy FM emphasized that Iran respects the borders of its neighbours.");
        Quote q = quotes.get(quotes.size() - 1);
        assertEquals("NOMINAL", q.getSpeaker().getMentionType());
        assertEquals("Abbas Araqchi", speaker(q));
    }

    @Test
    void progressiveCueIsAReportNotAPassive() throws Exception {
        List<Quote> quotes = quotes(LEAD + "Tom Hale says he will bring back the lost mining jobs, and Ellen Marsh is "
                + "promising to help mining towns move into new industries.");
        assertEquals(2, quotes.size(), () -> quotes.stream().map(Quote::getCoveredText).toList().toString());
        assertEquals("Ellen Marsh", speaker(quotes.get(1)), () -> quotes.get(1).getCoveredText() + " / " + mention(quotes.get(1)) + " / " + quotes.get(1).getCue().getCoveredText());
        assertEquals("he will bring back the lost mining jobs", quotes.get(0).getCoveredText());
    }

    @Test
    void reportedSpeechEndsBeforeTheMainClauseOfAnotherSpeaker() throws Exception {
        List<Quote> quotes = quotes(LEAD + "Writing for a panel that all agreed the mayor had won the debate, "
                + "Mark Barabak noted that her calm manner was critical to her success.");
        Quote last = quotes.get(quotes.size() - 1);
        assertEquals("Mark Barabak", speaker(last));
        assertEquals("that her calm manner was critical to her success", last.getCoveredText());
        for (Quote q : quotes) {
            assertTrue(q == last || q.getEnd() <= last.getSpeaker().getBegin(), q.getCoveredText());
        }
    }

    @Test
    void honorificMakesASingleWordANameEvenBeforeAVerb() throws Exception {
        Quote q = only(quotes(LEAD + "The plan would limit quarterly pressure, according to a speech Mrs. Ruiz "
                + "delivered at the university in July."));
        assertEquals("Ruiz", speaker(q));
    }

    @Test
    void possessiveAfterAnHonorificIsStillNoSpeaker() throws Exception {
        Quote q = only(quotes(LEAD + "Ed Rendell agreed that Mrs. Ruiz's proposal would raise taxes on the rich."));
        assertEquals("that Mrs. Ruiz's proposal would raise taxes on the rich", q.getCoveredText());
        assertEquals("Ed Rendell", mention(q));
    }

    @Test
    void colonLeadInSpeakerIsTheSubjectOfTheClauseBeforeTheColon() throws Exception {
        Quote q = only(quotes(LEAD + "Worried about a lack of passion for Hillary Clinton among young voters, "
                + "President Obama is rolling out a more personal message: \"It's about me.\""));
        assertEquals("Obama", speaker(q));
    }

    @Test
    void conjunctionThatBeforeANameIsNoPartOfTheMention() throws Exception {
        List<Quote> quotes = quotes(LEAD + "The report makes clear that Fowler is calling for a process to find "
                + "a successor.");
        Quote q = only(quotes);
        assertEquals("Fowler", mention(q));
    }

    @Test
    void surnameThatIsAlsoASmallPlaceIsAPerson() throws Exception {
        Quote q = only(quotes(LEAD + "Jeb Bush said that the campaign would go on to South Carolina."));
        assertEquals("PERSON", q.getSpeaker().getEntity().getKind());
        assertEquals("Jeb Bush", speaker(q));
    }

    @Test
    void stateBeforeATitledNameIsPartOfTheRoleNotAnOrganisation() throws Exception {
        Quote q = only(quotes(LEAD + "Texas Sen. Ted Cruz said that the vote would be close."));
        assertEquals("PERSON", q.getSpeaker().getEntity().getKind());
        assertEquals("Ted Cruz", speaker(q));
    }

    @Test
    void bodyNamedAfterAPlaceIsStillAnOrganisation() throws Exception {
        Quote q = only(quotes(LEAD + "Missouri Highway Patrol said that the road would stay closed."));
        assertEquals("ORGANIZATION", q.getSpeaker().getEntity().getKind());
    }

    @Test
    void surnameThatIsACityIsThePersonNamedBefore() throws Exception {
        List<Quote> quotes = quotes(LEAD + "John Bolton said that the treaty was dead.\n\n"
                + "Bolton added that the talks had been a waste of time.");
        Quote q = quotes.get(quotes.size() - 1);
        assertEquals("PERSON", q.getSpeaker().getEntity().getKind());
        assertEquals("John Bolton", speaker(q));
    }

    @Test
    void newStartsAPlaceName() throws Exception {
        Quote q = only(quotes(LEAD + "New Jersey Gov. Chris Christie said that the police deserved better."));
        assertEquals("Chris Christie", speaker(q));
        assertEquals("New Jersey Gov. Chris Christie", mention(q));
    }

    @Test
    void descriptionRightBeforeTheCueIsItsSubjectNotAnAppositive() throws Exception {
        // no comma between "the candidate" and the cue: the name before it is no appositive's anchor
        Quote q = only(quotes(LEAD + "On Oct. 23, during an appearance at the resort, now called Trump National "
                + "Doral, the candidate boasted that he had cut $25 million off the asking price."));
        assertEquals("the candidate", mention(q));
    }

    @Test
    void placeInAPrepositionalPhraseAfterTheSubjectIsNotTheSpeaker() throws Exception {
        Quote q = only(quotes(LEAD + "Some delegates at the convention in Philadelphia said they welcomed the "
                + "attention to the issue."));
        assertEquals("Some delegates", mention(q));
    }

    @Test
    void adverbAndParticipleBetweenNameAndCueAreSkipped() throws Exception {
        Quote q = only(quotes(LEAD + "Democratic front-runner Hillary Clinton, also campaigning in Wisconsin, said "
                + "that the candidate was responsible for what happens at his events."));
        assertEquals("Hillary Clinton", speaker(q));
    }

    @Test
    void placeInAnOpeningPrepositionalPhraseIsNotAParticiplesSubject() throws Exception {
        Quote q = only(attributions(LEAD + "In a victory speech in Westchester County on Tuesday night, Mr. Trump "
                + "struck a measured tone, saying that he understood the responsibility of the nomination."));
        assertEquals("Mr. Trump", mention(q));
    }
}
