package nianbao.read.pdf;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Collects the characters (with positions) and the ruling lines of every page. */
final class PageCollector {
    private PageCollector() {}

    static List<PageContent> collect(PDDocument doc) throws IOException {
        GlyphStripper stripper = new GlyphStripper();
        stripper.getText(doc); // fills stripper.pages, one list per page
        List<PageContent> pages = new ArrayList<>();
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            PDPage page = doc.getPage(i);
            PDRectangle box = page.getCropBox();
            RuleCollector rules = new RuleCollector(page, box);
            rules.processPage(page);
            List<Glyph> glyphs = i < stripper.pages.size() ? stripper.pages.get(i) : List.of();
            pages.add(new PageContent(i + 1, box.getWidth(), box.getHeight(), glyphs, rules.rules));
        }
        return pages;
    }

    /** Keeps every character as it is drawn; the stripper's own line building is not used. */
    private static final class GlyphStripper extends PDFTextStripper {
        final List<List<Glyph>> pages = new ArrayList<>();

        GlyphStripper() throws IOException {
            setSortByPosition(false);
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            pages.add(new ArrayList<>());
            super.startPage(page);
        }

        @Override
        protected void processTextPosition(TextPosition t) {
            String u = t.getUnicode();
            if (u == null || u.isBlank() || pages.isEmpty()) return;
            float size = t.getFontSizeInPt();
            if (size <= 0.5f) size = Math.max(t.getHeightDir(), 1f);
            boolean upright = t.getDir() == 0f;
            pages.get(pages.size() - 1).add(new Glyph(t.getX(), t.getY(), Math.max(t.getWidth(), 0.1f), size, u, upright));
        }
    }

    /** Stroked lines and thin filled rectangles become rules; clipping paths and shading fills are ignored. */
    private static final class RuleCollector extends PDFGraphicsStreamEngine {
        final List<Rule> rules = new ArrayList<>();
        private final List<float[]> lines = new ArrayList<>(); // x0,y0,x1,y1 of the current path
        private final List<float[]> rects = new ArrayList<>(); // x0,y0,x1,y1 of rectangles in the current path
        private final PDRectangle box;
        private float cx, cy, sx, sy;

        RuleCollector(PDPage page, PDRectangle box) {
            super(page);
            this.box = box;
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            float x0 = (float) Math.min(p0.getX(), p2.getX()), x1 = (float) Math.max(p0.getX(), p2.getX());
            float y0 = (float) Math.min(p0.getY(), p2.getY()), y1 = (float) Math.max(p0.getY(), p2.getY());
            rects.add(new float[] {x0, y0, x1, y1});
            lines.add(new float[] {x0, y0, x1, y0});
            lines.add(new float[] {x1, y0, x1, y1});
            lines.add(new float[] {x1, y1, x0, y1});
            lines.add(new float[] {x0, y1, x0, y0});
        }

        @Override
        public void moveTo(float x, float y) {
            cx = sx = x;
            cy = sy = y;
        }

        @Override
        public void lineTo(float x, float y) {
            lines.add(new float[] {cx, cy, x, y});
            cx = x;
            cy = y;
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            cx = x3;
            cy = y3;
        }

        @Override
        public Point2D getCurrentPoint() { return new Point2D.Float(cx, cy); }

        @Override
        public void closePath() { lineTo(sx, sy); }

        @Override
        public void endPath() { clear(); }

        @Override
        public void strokePath() {
            for (float[] l : lines) addLine(l);
            clear();
        }

        @Override
        public void fillPath(int windingRule) {
            for (float[] r : rects) {
                float w = r[2] - r[0], h = r[3] - r[1];
                if (h <= 2.5f && w > h) addLine(new float[] {r[0], (r[1] + r[3]) / 2, r[2], (r[1] + r[3]) / 2});
                else if (w <= 2.5f && h > w) addLine(new float[] {(r[0] + r[2]) / 2, r[1], (r[0] + r[2]) / 2, r[3]});
            }
            clear();
        }

        @Override
        public void fillAndStrokePath(int windingRule) { strokePath(); }

        @Override
        public void drawImage(PDImage pdImage) {}

        @Override
        public void clip(int windingRule) {}

        @Override
        public void shadingFill(COSName shadingName) {}

        private void clear() {
            lines.clear();
            rects.clear();
        }

        /** Device space has y upwards from the bottom; turn it into points from the top-left of the crop box. */
        private void addLine(float[] l) {
            float x0 = l[0] - box.getLowerLeftX(), x1 = l[2] - box.getLowerLeftX();
            float y0 = box.getUpperRightY() - l[1], y1 = box.getUpperRightY() - l[3];
            if (Math.abs(y0 - y1) < 1f && Math.abs(x1 - x0) > 2f) rules.add(new Rule(true, (y0 + y1) / 2, x0, x1));
            else if (Math.abs(x0 - x1) < 1f && Math.abs(y1 - y0) > 2f) rules.add(new Rule(false, (x0 + x1) / 2, y0, y1));
        }
    }
}
