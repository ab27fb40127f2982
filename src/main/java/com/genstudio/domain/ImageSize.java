package com.genstudio.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public record ImageSize(int width, int height) {
    public static final int MIN_SIDE = 256;
    public static final int MAX_SIDE = 2048;
    private static final Pattern WXH = Pattern.compile("\\s*(\\d{1,6})\\s*[xX×]\\s*(\\d{1,6})\\s*");

    public boolean withinLimits() {
        return inRange(width) && inRange(height);
    }

    private static boolean inRange(int side) {
        return side >= MIN_SIDE && side <= MAX_SIDE;
    }

    /** Parses "WxH"; empty when the text is not of that shape (range is checked by the validator). */
    public static Optional<ImageSize> parse(String text) {
        Matcher m = WXH.matcher(text == null ? "" : text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ImageSize(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
