package nianbao.read.pdf;

/**
 * One character drawn on a page, in points from the page's top-left corner.
 *
 * @param x       left edge
 * @param base    baseline, measured downwards
 * @param width   advance width
 * @param size    font size in points
 * @param text    the character(s) as Unicode
 * @param upright false for rotated text (vertical labels, watermarks)
 */
record Glyph(float x, float base, float width, float size, String text, boolean upright) {
    float right() { return x + width; }

    /** Some producers give stacked (vertical) labels an advance far wider than the glyph: cap it at about an em. */
    float centerX() { return x + Math.min(width, size * 1.1f) / 2; }

    /** Most CJK glyphs sit between the baseline and about 0.85 em above it. */
    float centerY() { return base - size * 0.35f; }
}
