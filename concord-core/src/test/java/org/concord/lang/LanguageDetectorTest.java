package org.concord.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The detector on short texts written for this test (two or three sentences each), and its edge cases. */
class LanguageDetectorTest {
    private static final LanguageDetector DETECTOR = LanguageDetector.shared();

    /** The same small news item, written in each language. */
    static final Map<String, String> TEXTS = Map.of(
            "en", "The city council voted on Tuesday to close the old bridge after engineers found cracks in two of "
                    + "its piers. Buses will carry commuters across the river until a temporary crossing opens.",
            "de", "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke zu schließen, nachdem Ingenieure Risse "
                    + "in zwei Pfeilern gefunden hatten. Bis eine Behelfsbrücke fertig ist, bringen Busse die Pendler "
                    + "über den Fluss.",
            "fr", "Le conseil municipal a voté mardi la fermeture du vieux pont, après que des ingénieurs ont trouvé "
                    + "des fissures dans deux de ses piliers. Des bus transporteront les usagers jusqu'à l'ouverture "
                    + "d'un passage provisoire.",
            "pl", "Rada miasta zagłosowała we wtorek za zamknięciem starego mostu, gdy inżynierowie znaleźli pęknięcia "
                    + "w dwóch filarach. Do czasu otwarcia tymczasowej przeprawy mieszkańców będą przewozić autobusy.",
            "es", "El ayuntamiento votó el martes cerrar el puente viejo después de que los ingenieros encontraran "
                    + "grietas en dos de sus pilares. Los autobuses llevarán a los viajeros hasta que se abra un paso "
                    + "provisional.",
            "zh", "市议会周二投票决定关闭这座旧桥，因为工程师在两个桥墩上发现了裂缝。在临时通道开放之前，公共汽车将负责接送过河的乘客。",
            "ar", "صوت مجلس المدينة يوم الثلاثاء على إغلاق الجسر القديم بعد أن وجد المهندسون شقوقا في اثنتين من "
                    + "دعاماته. وستنقل الحافلات الركاب عبر النهر حتى يفتح معبر مؤقت.",
            "ru", "Городской совет во вторник проголосовал за закрытие старого моста после того, как инженеры нашли "
                    + "трещины в двух опорах. До открытия временной переправы людей будут перевозить автобусы.",
            "ja", "市議会は火曜日、技術者が橋脚の二本にひびを見つけたため、古い橋を閉鎖することを決めた。仮の橋が開通するまで、バスが通勤客を運ぶ。");

    @ParameterizedTest
    @CsvSource({"en", "de", "fr", "pl", "es", "zh", "ar", "ru", "ja"})
    void namesTheLanguageOfAShortNewsItemAndIsSettled(String code) {
        Detection d = DETECTOR.detect(TEXTS.get(code));
        assertEquals(code, d.language(), d::toString);
        assertTrue(d.confident(), d::toString);
        assertEquals(code.equals("en"), !d.confidentlyNot("en"), d::toString);
    }

    @Test
    void isDeterministic() {
        for (String text : TEXTS.values()) {
            assertEquals(DETECTOR.detect(text), DETECTOR.detect(text));
            assertEquals(DETECTOR.detect(text), DETECTOR.detect(new StringBuilder(text)));
        }
    }

    @Test
    void aTextWithoutLettersIsUndetermined() {
        for (String text : new String[] {"", "   ", "12 345 678 -- 9.0 %", null}) {
            Detection d = DETECTOR.detect(text);
            assertEquals(Detection.UNDETERMINED, d.language(), String.valueOf(text));
            assertFalse(d.confident());
            assertFalse(d.confidentlyNot("en"));
        }
    }

    @Test
    void aShortLineOfNamesIsNeverSettledOnAnotherLanguage() {
        // "met" and "in" are Dutch words too: a few words prove nothing
        for (String text : new String[] {"Angela Merkel met Emmanuel Macron in Berlin.", "Hello world",
                "NASA and the FBI", "Oslo 2, Bergen 1 (Haaland 12', 88')"}) {
            assertFalse(DETECTOR.detect(text).confidentlyNot("en"), () -> text + ": " + DETECTOR.detect(text));
        }
    }

    @Test
    void acronymsAreLeftOut() {
        Detection d = DETECTOR.detect("NATO UNESCO OECD ASEAN");
        assertEquals(Detection.UNDETERMINED, d.language(), d::toString);
    }

    @Test
    void aTextHalfInOneLanguageHalfInAnotherIsNotSettled() {
        String mixed = (TEXTS.get("de") + "\n").repeat(3) + (TEXTS.get("es") + "\n").repeat(3);
        Detection d = DETECTOR.detect(mixed);
        assertTrue(d.language().equals("de") || d.language().equals("es"), d::toString);
        assertFalse(d.confident(), d::toString);
    }

    @Test
    void anEnglishArticleWithAQuotedGermanSentenceStaysEnglish() {
        String text = TEXTS.get("en") + "\n" + TEXTS.get("en") + "\n\u201cDas ist ein guter Tag f\u00fcr die Stadt,"
                + "\u201d the mayor said in German.\n" + TEXTS.get("en");
        Detection d = DETECTOR.detect(text);
        assertEquals("en", d.language(), d::toString);
        assertFalse(d.confidentlyNot("en"));
    }

    @Test
    void aLongPageIsJudgedByWindowsOverAllOfIt() {
        // a first screen of English boilerplate, then a long German body: the windows reach the body
        String text = "Cookie settings. Accept all cookies. Sign in. Subscribe to our newsletter.\n".repeat(40)
                + (TEXTS.get("de") + "\n").repeat(60);
        assertTrue(text.length() > LanguageDetector.MAX_CHARS);
        assertEquals("en", DETECTOR.detect(text.substring(0, LanguageDetector.MAX_CHARS)).language());
        Detection d = DETECTOR.detect(text);
        assertEquals("de", d.language(), d::toString);
        assertTrue(d.confidence() > 0.7, d::toString); // one window of four is the boilerplate
    }

    @Test
    void aScriptOfOneLanguageNamesIt() {
        assertEquals("el", DETECTOR.detect("Το δημοτικό συμβούλιο αποφάσισε την Τρίτη να κλείσει την παλιά γέφυρα.")
                .language());
        assertEquals("ko", DETECTOR.detect("시의회는 화요일 오래된 다리를 폐쇄하기로 결정했다.").language());
        assertEquals("hy", DETECTOR.detect("Քաղաքային խորհուրդը երեքշաբթի օրը որոշեց փակել հին կամուրջը։").language());
    }

    @Test
    void knowsTheLanguagesOfItsProfiles() {
        assertTrue(DETECTOR.languages().containsAll(java.util.List.of("en", "de", "fr", "pl", "es", "zh", "ar",
                "ja", "ko", "ru", "hy")), DETECTOR.languages()::toString);
        assertFalse(DETECTOR.languages().contains("zh-CN"));
    }

    @Test
    void mapsTheCharacterClassesTheProfilesWereCountedWith() {
        assertEquals('\u064a', NgramText.normalise('\u06cc'));
        assertEquals('\u015f', NgramText.normalise('\u0219'));
        assertEquals('\u1ec3', NgramText.normalise('\u1ea1'));
        assertEquals('a', NgramText.normalise('a'));
    }
}
