package org.concord.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.concord.annotate.AnnotatedDocument;
import org.concord.model.Document;
import org.concord.quote.QuoteExtractor;
import org.concord.quote.QuoteMention;
import org.concord.quote.SpeakerKind;
import org.junit.jupiter.api.Test;

/** Quote extraction on real CoreNLP annotations of short invented news paragraphs, one pattern each. */
class QuoteExtractionTest {
    static AnnotatedDocument annotated(String text) {
        Document d = new Document("d", "d.txt", null, null, null, false, text, List.of(), null);
        return new AnnotatedDocument(d, CoreNlpAnnotator.shared().annotate(text, null));
    }

    static List<QuoteMention> extract(String text) {
        return QuoteExtractor.create().extract(annotated(text));
    }

    static QuoteMention containing(List<QuoteMention> qs, String words) {
        return qs.stream().filter(q -> q.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote with '" + words + "' in " + qs));
    }

    @Test
    void speakerAfterTheQuoteNamedOrInverted() {
        List<QuoteMention> qs = extract("\u201cThe ferries will not sail until the deal is signed,\u201d Marta Ilves "
                + "told reporters on the pier.\n\"We have waited long enough for this contract,\" said harbour "
                + "director Tomas Reinholt.");
        QuoteMention a = containing(qs, "ferries will not sail");
        assertEquals("Marta Ilves", a.speaker());
        assertEquals(SpeakerKind.NAME, a.speakerKind());
        assertTrue(a.direct());
        assertEquals("told", a.cue());
        assertEquals(a.text(), "The ferries will not sail until the deal is signed");
        assertEquals("Tomas Reinholt", containing(qs, "waited long enough").speaker());
    }

    @Test
    void pronounSpeakerIsTheSubjectOfTheSentenceBefore() {
        String text = "Speaking after the mayor on Monday, Marta Ilves thanked the crews.\n"
                + "\u201cThey kept this city moving through a hard winter,\u201d she said.";
        QuoteMention q = containing(extract(text), "kept this city moving");
        assertEquals(SpeakerKind.PRONOUN, q.speakerKind());
        assertEquals("Marta Ilves", q.speaker());
        assertEquals("she", text.substring(q.speakerStart(), q.speakerEnd()));
    }

    @Test
    void anonymousSourcesAndTitles() {
        List<QuoteMention> qs = extract("\"Nobody in that room believed the offer was serious,\" a union official "
                + "who asked not to be named said.\n\"The city has made its final offer to the workers,\" "
                + "the mayor said.");
        QuoteMention anon = containing(qs, "Nobody in that room");
        assertEquals(SpeakerKind.ANONYMOUS, anon.speakerKind());
        QuoteMention title = containing(qs, "final offer");
        assertEquals(SpeakerKind.TITLE, title.speakerKind());
        assertEquals("the mayor", title.speaker());
    }

    @Test
    void aQuoteOverTwoParagraphsKeepsItsSpeaker() {
        List<QuoteMention> qs = extract("\u201cWe asked for a fair wage and a safe boat. Nothing more.\n"
                + "\u201cThat is all this strike has ever been about,\u201d said Marta Ilves, the union leader.");
        assertEquals("Marta Ilves", containing(qs, "a fair wage").speaker());
        assertEquals("Marta Ilves", containing(qs, "all this strike").speaker());
    }

    @Test
    void reportedSpeechAndAccordingTo() {
        List<QuoteMention> qs = extract("Tomas Reinholt said that the harbour would reopen by the end of the week.\n"
                + "The talks broke down shortly after midnight, according to two people who attended the meeting.");
        QuoteMention said = containing(qs, "harbour would reopen");
        assertFalse(said.direct());
        assertEquals("Tomas Reinholt", said.speaker());
        assertTrue(said.text().startsWith("the harbour"), said.text());
        QuoteMention acc = containing(qs, "talks broke down");
        assertEquals(SpeakerKind.ANONYMOUS, acc.speakerKind());
    }

    @Test
    void scareQuotesAreNotQuotations() {
        List<QuoteMention> qs = extract("The so-called \"harbour plan\" was published in June by the port board.");
        assertTrue(qs.stream().noneMatch(q -> q.text().equals("harbour plan")), qs.toString());
    }

    @Test
    void creditsAfterADashAndTranscriptLabels() {
        List<QuoteMention> qs = extract("\u201cThe ferry is how I get to work every single day.\u201d \u2015 Ana Lindqvist\n"
                + "\"ILVES: We asked for a fair wage and nothing more than that.\"");
        assertEquals("Ana Lindqvist", containing(qs, "how I get to work").speaker());
        QuoteMention label = containing(qs, "fair wage");
        assertEquals("ILVES", label.speaker());
        assertTrue(label.text().startsWith("We asked"), label.text());
    }

    @Test
    void cuesAreFoundDeepIntoLongDocuments() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            text.append("The harbour board met again on day ").append(i).append(".\n");
        }
        text.append("\"The crossings will reopen at dawn,\" Tomas Reinholt told reporters.");
        assertEquals("Tomas Reinholt", containing(extract(text.toString()), "crossings will reopen").speaker());
    }

    static List<QuoteMention> attributions(String text) {
        return QuoteExtractor.attributions().extract(annotated(text));
    }

    @Test
    void speakersIntroducedBeforeTheQuotation() {
        List<QuoteMention> qs = extract("Marta Ilves spoke to the crews on the pier on Monday.\n\nShe said:\n\n"
                + "\u201cWe have waited long enough for this contract and we will not wait any longer.\u201d\n\n"
                + "Said Tomas Reinholt: \u201cThe city has made its final offer to the workers.\u201d\n\n"
                + "According to Ilves, \u201cthe boats will stay in the harbour until the deal is signed.\u201d");
        assertEquals("Marta Ilves", containing(qs, "waited long enough").speaker());
        assertEquals("Tomas Reinholt", containing(qs, "final offer").speaker());
        assertTrue(containing(qs, "boats will stay").speaker().contains("Ilves"));
    }

    @Test
    void transcriptAnswersRunOverParagraphs() {
        List<QuoteMention> qs = extract("\"WALLACE: Will the ferries sail on Monday?\n\n"
                + "\"ILVES: Not until the contract is signed by the city.\n\n"
                + "\"We have waited long enough for this contract, and the crews know it.\n\n"
                + "\"WALLACE: Thank you for joining us this morning.");
        assertEquals("ILVES", containing(qs, "waited long enough").speaker());
        assertEquals("WALLACE", containing(qs, "joining us").speaker());
    }

    @Test
    void aSecondCoordinatedCueStartsItsOwnClause() {
        List<QuoteMention> qs = attributions("The union rejected the offer from the city on Monday, but Tomas "
                + "Reinholt said the harbour would reopen by the end of the week.");
        QuoteMention second = containing(qs, "harbour would reopen");
        assertEquals("Tomas Reinholt", second.speaker());
        assertFalse(second.text().contains("offer"), second.text());
    }

    @Test
    void aQuotationAfterASentenceEndingInSaidContinuesThatSpeaker() {
        List<QuoteMention> qs = extract("The harbour will stay closed until March, Marta Ilves said. \u201cWe have "
                + "waited long enough for this contract and the crews know it.\u201d");
        assertEquals("Marta Ilves", containing(qs, "waited long enough").speaker());
    }

    @Test
    void learnedCueClausesAreProposedAndKeptWithTheirSubject() {
        List<QuoteMention> qs = attributions("Senator Marta Ilves has repeatedly criticized the harbour plan and "
                + "called for a new vote on the ferry contract.");
        QuoteMention q = containing(qs, "a new vote on the ferry contract");
        assertEquals("Marta Ilves", q.speaker());
        assertFalse(q.direct());
    }

    @Test
    void anAdverbialClauseAfterAQuotationDoesNotHoldTheSubject() {
        List<QuoteMention> qs = extract("Marta Ilves, who said the city had \u201cfailed the crews\u201d after two "
                + "officials were dismissed in March, said that safety for the crews was the first item on the agenda.");
        assertEquals("Marta Ilves", containing(qs, "safety for the crews").speaker());
    }

    @Test
    void aCueNounKeepsItselfAsCueAndItsOwnerAsSource() {
        String text = "Ferry workers backed the union's call for a national strike on the ferries next month.";
        var candidates = QuoteExtractor.attributions().candidates(annotated(text));
        var call = candidates.stream().filter(c -> c.mention().text().startsWith("for a national strike"))
                .findFirst().orElseThrow(() -> new AssertionError(candidates.toString()));
        assertEquals("call", call.mention().cue());
        assertEquals("the union", text.substring(call.mention().speakerStart(), call.mention().speakerEnd()));
    }
}
