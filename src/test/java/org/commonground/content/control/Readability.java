package org.commonground.content.control;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word counts and the Flesch reading ease of Markdown text (markup stripped). */
final class Readability {

    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9'’]+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(\\s|$)|\\n\\s*\\n|\\n\\s*[-*]\\s");

    private Readability() {
    }

    static String plain(String markdown) {
        return markdown.replaceAll("(?m)^#+\\s*", "").replaceAll("[*_`>]", " ").replaceAll("\\[([^]]*)]\\([^)]*\\)", "$1");
    }

    static int words(String markdown) {
        Matcher m = WORD.matcher(plain(markdown));
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    static int sentences(String markdown) {
        Matcher m = SENTENCE_END.matcher(plain(markdown).strip() + "\n");
        int count = 0;
        while (m.find()) {
            count++;
        }
        return Math.max(1, count);
    }

    static double fleschReadingEase(String markdown) {
        String text = plain(markdown);
        Matcher m = WORD.matcher(text);
        int words = 0;
        int syllables = 0;
        while (m.find()) {
            words++;
            syllables += syllables(m.group());
        }
        if (words == 0) {
            return 100;
        }
        return 206.835 - 1.015 * ((double) words / sentences(markdown)) - 84.6 * ((double) syllables / words);
    }

    /** A standard vowel-group estimate of syllables in an English word. */
    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return 1;
        }
        if (w.length() <= 3) {
            return 1;
        }
        w = w.replaceAll("(?:[^laeiouy]es|ed|[^laeiouy]e)$", "").replaceAll("^y", "");
        Matcher groups = Pattern.compile("[aeiouy]{1,2}").matcher(w);
        int count = 0;
        while (groups.find()) {
            count++;
        }
        return Math.max(1, count);
    }
}
