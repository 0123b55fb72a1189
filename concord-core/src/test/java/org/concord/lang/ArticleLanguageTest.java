package org.concord.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The declared-or-detected decision ({@link ArticleLanguage}). */
class ArticleLanguageTest {
    private static final String EN = LanguageDetectorTest.TEXTS.get("en");
    private static final String DE = LanguageDetectorTest.TEXTS.get("de");

    @Test
    void aDeclarationTheTextConfirmsIsKeptAsGiven() {
        ArticleLanguage l = ArticleLanguage.of("en-GB", EN);
        assertEquals("en-GB", l.language());
        assertEquals(ArticleLanguage.Source.DECLARED_CONFIRMED, l.source());
        assertEquals("de-AT", ArticleLanguage.of("de-AT", DE).language());
    }

    @Test
    void withoutADeclarationTheTextDecides() {
        ArticleLanguage l = ArticleLanguage.of(null, DE);
        assertEquals("de", l.language());
        assertEquals(ArticleLanguage.Source.DETECTED, l.source());
        assertEquals("de", ArticleLanguage.of("German", DE).language(), "not a language tag");
        assertEquals("de", ArticleLanguage.of("und", DE).language());
        assertEquals(Detection.UNDETERMINED, ArticleLanguage.of(null, "12 345").language());
        assertEquals(Detection.UNDETERMINED, ArticleLanguage.of(null, "Hello world").language(), "too short to tell");
    }

    @Test
    void aSettledTextOverrulesAWrongDeclaration() {
        // a German article on a site whose template says lang="en"
        ArticleLanguage l = ArticleLanguage.of("en", DE);
        assertEquals("de", l.language());
        assertEquals(ArticleLanguage.Source.DETECTED_OVER_DECLARED, l.source());
        assertEquals("en", ArticleLanguage.of("de-DE", EN).language());
    }

    @Test
    void anUnsettledTextKeepsTheDeclaration() {
        ArticleLanguage l = ArticleLanguage.of("de", "Angela Merkel met Emmanuel Macron in Berlin.");
        assertEquals("de", l.language());
        assertEquals(ArticleLanguage.Source.DECLARED_UNCONFIRMED, l.source());
    }

    @Test
    void aDeclaredLanguageTheDetectorDoesNotKnowIsKept() {
        // Kazakh in Cyrillic reads as Russian to a detector without a Kazakh profile
        String kk = LanguageDetectorTest.TEXTS.get("ru");
        assertEquals("kk", ArticleLanguage.of("kk", kk).language());
    }

    @Test
    void primaryLanguageOfADeclaredTag() {
        assertEquals("en", ArticleLanguage.primary("en-GB"));
        assertEquals("en", ArticleLanguage.primary(" EN_us "));
        assertEquals("he", ArticleLanguage.primary("iw"));
        assertEquals("no", ArticleLanguage.primary("nb-NO"));
        assertEquals("zh", ArticleLanguage.primary("zh-Hant-TW"));
        assertNull(ArticleLanguage.primary("x-default"));
        assertNull(ArticleLanguage.primary("English"));
        assertNull(ArticleLanguage.primary(""));
        assertNull(ArticleLanguage.primary(null));
        assertNull(ArticleLanguage.primary("und"));
    }
}
