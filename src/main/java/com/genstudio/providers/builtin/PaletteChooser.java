package com.genstudio.providers.builtin;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Picks an image's colours from the prompt: colour and mood words ("red", "ocean", "sunset") contribute their
 * colours; without any, a curated palette is chosen by the seed. Colour words in the negative prompt remove
 * every colour of a similar hue, so "no red" really has no red.
 */
final class PaletteChooser {
    private static final Map<String, List<Color>> WORD_COLORS = Map.ofEntries(
            entry("red", "D62828 F25C54 9D0208"),
            entry("orange", "F77F00 FCBF49 E85D04"),
            entry("yellow", "FFD60A FFC300 F9E784"),
            entry("green", "2D6A4F 52B788 B7E4C7"),
            entry("blue", "1D4ED8 3A86FF 90E0EF"),
            entry("purple", "7209B7 9D4EDD C77DFF"),
            entry("violet", "7209B7 9D4EDD C77DFF"),
            entry("pink", "FF5D8F FF97B7 F72585"),
            entry("teal", "006D77 83C5BE 2EC4B6"),
            entry("cyan", "00B4D8 48CAE4 90E0EF"),
            entry("ocean", "03045E 0077B6 00B4D8 90E0EF"),
            entry("sea", "03045E 0077B6 00B4D8 90E0EF"),
            entry("water", "0077B6 00B4D8 90E0EF CAF0F8"),
            entry("sunset", "FF6B35 F7C59F EF476F 7B2CBF FFB703"),
            entry("dusk", "22223B 4A4E69 9A8C98 C9ADA7 EF476F"),
            entry("sunrise", "FFADAD FFD6A5 FDFFB6 A0C4FF"),
            entry("forest", "081C15 1B4332 40916C 95D5B2"),
            entry("fire", "370617 9D0208 DC2F02 F48C06 FFBA08"),
            entry("lava", "370617 9D0208 DC2F02 F48C06"),
            entry("ice", "CAF0F8 ADE8F4 48CAE4 F8F9FA"),
            entry("snow", "F8F9FA E9ECEF CAF0F8 ADB5BD"),
            entry("night", "0B090A 240046 3C096C 5A189A E0AAFF"),
            entry("space", "0B090A 240046 3C096C 4CC9F0 E0AAFF"),
            entry("galaxy", "10002B 3C096C 7B2CBF C77DFF 4CC9F0"),
            entry("gold", "B8860B FFD700 F4E285"),
            entry("autumn", "9B2226 BB3E03 CA6702 EE9B00"),
            entry("spring", "FFB5A7 FCD5CE B5E48C 99D98C"),
            entry("flower", "FF5D8F FFB5A7 FFD6A5 99D98C"),
            entry("desert", "E9C46A F4A261 E76F51 FFE8D6"),
            entry("neon", "F72585 7209B7 4CC9F0 3A0CA3"),
            entry("pastel", "FFC8DD BDE0FE CDB4DB A2D2FF"),
            entry("black", "0B0B0F 2B2D42 4A4E69"),
            entry("white", "F8F9FA E9ECEF DEE2E6"),
            entry("grey", "6C757D ADB5BD CED4DA"),
            entry("gray", "6C757D ADB5BD CED4DA"),
            entry("fog", "6C757D ADB5BD CED4DA E9ECEF"),
            entry("brown", "582F0E 7F4F24 B6AD90"),
            entry("earth", "582F0E 7F4F24 936639 B6AD90"));

    private static final List<List<Color>> CURATED = List.of(
            colors("0B132B 1C2541 3A506B 5BC0BE 6FFFE9"),
            colors("264653 2A9D8F E9C46A F4A261 E76F51"),
            colors("3D0066 7B2CBF E0AAFF FF6D00 FF9E00"),
            colors("05668D 028090 00A896 02C39A F0F3BD"),
            colors("22223B 4A4E69 9A8C98 C9ADA7 F2E9E4"),
            colors("FF595E FFCA3A 8AC926 1982C4 6A4C93"),
            colors("001219 005F73 0A9396 94D2BD EE9B00 CA6702"));

    private static final Set<String> LIGHT_WORDS = Set.of("light", "bright", "white", "pastel", "snow", "day",
            "morning", "paper", "minimal", "airy");
    private static final Set<String> DARK_WORDS = Set.of("dark", "night", "space", "galaxy", "black", "moody",
            "shadow", "midnight");
    private static final Color NEUTRAL_DARK = new Color(0x14, 0x15, 0x1A);
    private static final Color NEUTRAL_LIGHT = new Color(0xF4, 0xF1, 0xEA);
    private static final double SIMILAR_HUE = 0.07;

    private PaletteChooser() {
    }

    static Palette choose(PromptWords prompt, PromptWords negative, SplittableRandom random) {
        List<Color> banned = new ArrayList<>();
        negative.words().forEach(w -> banned.addAll(colorsOf(w)));

        Set<Color> chosen = new LinkedHashSet<>();
        prompt.words().forEach(w -> chosen.addAll(colorsOf(w)));
        List<Color> colors = allowed(chosen, banned);
        if (colors.isEmpty()) {
            // Try the curated palettes in a seed-chosen order until one survives the negative prompt.
            int start = random.nextInt(CURATED.size());
            for (int i = 0; i < CURATED.size() && colors.size() < 3; i++) {
                List<Color> candidate = allowed(CURATED.get((start + i) % CURATED.size()), banned);
                if (candidate.size() > colors.size()) {
                    colors = candidate;
                }
            }
        }
        if (colors.isEmpty()) {
            colors = allowed(colors("6C757D ADB5BD CED4DA 343A40"), banned);
        }
        if (colors.isEmpty()) {
            colors = List.of(new Color(0x80, 0x80, 0x80));
        }
        return withBackground(colors, prompt);
    }

    private static Palette withBackground(List<Color> colors, PromptWords prompt) {
        double meanLuminance = colors.stream().mapToDouble(Palette::luminance).average().orElse(0.5);
        boolean light = !prompt.containsAny(DARK_WORDS) && (prompt.containsAny(LIGHT_WORDS) || meanLuminance > 0.72);
        List<Color> byLuminance = colors.stream().sorted(Comparator.comparingDouble(Palette::luminance)).toList();
        if (light) {
            Color lightest = byLuminance.getLast();
            return new Palette(colors, Palette.blend(lightest, NEUTRAL_LIGHT, 0.75),
                    Palette.blend(byLuminance.getFirst(), NEUTRAL_LIGHT, 0.55), true);
        }
        Color darkest = byLuminance.getFirst();
        Color second = byLuminance.get(Math.min(1, byLuminance.size() - 1));
        return new Palette(colors, Palette.blend(darkest, NEUTRAL_DARK, 0.55),
                Palette.blend(second, NEUTRAL_DARK, 0.35), false);
    }

    /** Colours for a word; plurals ("waves", "flowers") fall back to their singular. */
    static List<Color> colorsOf(String word) {
        List<Color> direct = WORD_COLORS.get(word);
        if (direct == null && word.endsWith("s")) {
            direct = WORD_COLORS.get(word.substring(0, word.length() - 1));
        }
        return direct == null ? List.of() : direct;
    }

    private static List<Color> allowed(Collection<Color> candidates, List<Color> banned) {
        return candidates.stream().filter(c -> banned.stream().noneMatch(b -> similar(c, b))).toList();
    }

    /** Same hue family; greys only match greys, so banning "red" keeps white and black. */
    static boolean similar(Color a, Color b) {
        float[] ha = Color.RGBtoHSB(a.getRed(), a.getGreen(), a.getBlue(), null);
        float[] hb = Color.RGBtoHSB(b.getRed(), b.getGreen(), b.getBlue(), null);
        boolean greyA = ha[1] < 0.18f;
        boolean greyB = hb[1] < 0.18f;
        if (greyA || greyB) {
            return greyA && greyB && Math.abs(ha[2] - hb[2]) < 0.2f;
        }
        double d = Math.abs(ha[0] - hb[0]);
        return Math.min(d, 1 - d) < SIMILAR_HUE;
    }

    private static Map.Entry<String, List<Color>> entry(String word, String hexes) {
        return Map.entry(word, colors(hexes));
    }

    private static List<Color> colors(String hexes) {
        return Arrays.stream(hexes.split(" ")).map(h -> new Color(HexFormat.fromHexDigits(h))).toList();
    }
}
