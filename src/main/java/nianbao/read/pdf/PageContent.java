package nianbao.read.pdf;

import java.util.List;

/** What one page holds for us: its characters and its ruling lines, and its size. */
record PageContent(int number, float width, float height, List<Glyph> glyphs, List<Rule> rules) {}
