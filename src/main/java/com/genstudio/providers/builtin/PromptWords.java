package com.genstudio.providers.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The meaningful words of a prompt, in order, lower case; filler words are dropped so they do not steer the image. */
record PromptWords(List<String> words) {
    private static final Set<String> FILLER = Set.of("a", "an", "the", "of", "and", "or", "with", "without", "in",
            "on", "at", "to", "for", "by", "from", "over", "under", "into", "is", "are", "very", "some", "its", "it");

    PromptWords {
        words = List.copyOf(words);
    }

    static PromptWords of(String text) {
        List<String> words = new ArrayList<>();
        for (String token : (text == null ? "" : text).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!token.isEmpty() && !FILLER.contains(token)) {
                words.add(token);
            }
        }
        return new PromptWords(words);
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    boolean containsAny(Set<String> candidates) {
        return words.stream().anyMatch(candidates::contains);
    }

    /** A stable 64-bit FNV-1a hash: String.hashCode has too few bits to spread positions well. */
    static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    static long mix(long a, long b) {
        long z = a * 0x9E3779B97F4A7C15L + b;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
