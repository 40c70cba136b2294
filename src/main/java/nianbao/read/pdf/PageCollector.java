package nianbao.read.pdf;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Collects the characters (with positions) and the ruling lines of every page. */
final class PageCollector {
    private PageCollector() {}

    static List<PageContent> collect(PDDocument doc) throws IOException {
        GlyphStripper stripper = new GlyphStripper();
        stripper.getText(doc); // one pass over every page: characters and rules
        List<PageContent> pages = new ArrayList<>();
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            PDRectangle box = doc.getPage(i).getCropBox();
            List<Glyph> glyphs = i < stripper.glyphs.size() ? stripper.glyphs.get(i) : List.of();
            List<Rule> rules = i < stripper.rules.size() ? stripper.rules.get(i) : List.of();
            // characters come turned with a rotated page, rules do not: read such a page's tables from text positions
            if (doc.getPage(i).getRotation() % 360 != 0) rules = List.of();
            pages.add(new PageContent(i + 1, box.getWidth(), box.getHeight(), glyphs, rules));
        }
        return pages;
    }

    /**
     * Keeps every character as it is drawn (the stripper's own line building is not used), and follows the path
     * operators the text stripper leaves aside: stroked lines and thin filled rectangles become rules. Clipping paths
     * and wide fills (cell shading) are ignored.
     */
    private static final class GlyphStripper extends PDFTextStripper {
        final List<List<Glyph>> glyphs = new ArrayList<>();
        final List<List<Rule>> rules = new ArrayList<>();
        private final List<float[]> lines = new ArrayList<>(); // x0,y0,x1,y1 of the current path, device space
        private final List<float[]> rects = new ArrayList<>();
        private float cx, cy, sx, sy;
        private PDRectangle box;

        GlyphStripper() throws IOException {
            setSortByPosition(false);
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            glyphs.add(new ArrayList<>());
            rules.add(new ArrayList<>());
            box = page.getCropBox();
            lines.clear();
            rects.clear();
            super.startPage(page);
        }

        @Override
        protected void processTextPosition(TextPosition t) {
            String u = t.getUnicode();
            if (u == null || u.isBlank() || glyphs.isEmpty()) return;
            float size = t.getFontSizeInPt();
            if (size <= 0.5f) size = Math.max(t.getHeightDir(), 1f);
            boolean upright = t.getDir() == 0f;
            glyphs.get(glyphs.size() - 1).add(new Glyph(t.getX(), t.getY(), Math.max(t.getWidth(), 0.1f), size, u, upright));
        }

        @Override
        protected void unsupportedOperator(Operator op, List<COSBase> operands) {
            if (rules.isEmpty()) return;
            float[] a = numbers(operands);
            switch (op.getName()) {
                case "m" -> {
                    if (a.length < 2) return;
                    Point2D.Float p = point(a[0], a[1]);
                    cx = sx = p.x;
                    cy = sy = p.y;
                }
                case "l" -> {
                    if (a.length < 2) return;
                    Point2D.Float p = point(a[0], a[1]);
                    lines.add(new float[] {cx, cy, p.x, p.y});
                    cx = p.x;
                    cy = p.y;
                }
                case "c", "v", "y" -> {
                    if (a.length < 2) return;
                    Point2D.Float p = point(a[a.length - 2], a[a.length - 1]);
                    cx = p.x;
                    cy = p.y;
                }
                case "h" -> close();
                case "re" -> {
                    if (a.length < 4) return;
                    rectangle(point(a[0], a[1]), point(a[0] + a[2], a[1]), point(a[0] + a[2], a[1] + a[3]), point(a[0], a[1] + a[3]));
                }
                case "S" -> stroke();
                case "s" -> {
                    close();
                    stroke();
                }
                case "f", "F", "f*" -> fill();
                case "B", "B*", "b", "b*" -> {
                    stroke();
                    fill();
                }
                case "n" -> clear();
                default -> { }
            }
        }

        private static float[] numbers(List<COSBase> operands) {
            float[] out = new float[operands.size()];
            int n = 0;
            for (COSBase b : operands) if (b instanceof COSNumber num) out[n++] = num.floatValue();
            return java.util.Arrays.copyOf(out, n);
        }

        private Point2D.Float point(float x, float y) {
            Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
            return ctm.transformPoint(x, y);
        }

        private void rectangle(Point2D.Float p0, Point2D.Float p1, Point2D.Float p2, Point2D.Float p3) {
            float x0 = Math.min(p0.x, p2.x), x1 = Math.max(p0.x, p2.x);
            float y0 = Math.min(p0.y, p2.y), y1 = Math.max(p0.y, p2.y);
            rects.add(new float[] {x0, y0, x1, y1});
            lines.add(new float[] {p0.x, p0.y, p1.x, p1.y});
            lines.add(new float[] {p1.x, p1.y, p2.x, p2.y});
            lines.add(new float[] {p2.x, p2.y, p3.x, p3.y});
            lines.add(new float[] {p3.x, p3.y, p0.x, p0.y});
            cx = sx = p0.x;
            cy = sy = p0.y;
        }

        private void close() {
            lines.add(new float[] {cx, cy, sx, sy});
            cx = sx;
            cy = sy;
        }

        private void stroke() {
            for (float[] l : lines) addLine(l);
            clear();
        }

        private void fill() {
            for (float[] r : rects) {
                float w = r[2] - r[0], h = r[3] - r[1];
                if (h <= 2.5f && w > h) addLine(new float[] {r[0], (r[1] + r[3]) / 2, r[2], (r[1] + r[3]) / 2});
                else if (w <= 2.5f && h > w) addLine(new float[] {(r[0] + r[2]) / 2, r[1], (r[0] + r[2]) / 2, r[3]});
            }
            clear();
        }

        private void clear() {
            lines.clear();
            rects.clear();
        }

        /** Device space has y upwards from the bottom; turn it into points from the top-left of the crop box. */
        private void addLine(float[] l) {
            List<Rule> page = rules.get(rules.size() - 1);
            float x0 = l[0] - box.getLowerLeftX(), x1 = l[2] - box.getLowerLeftX();
            float y0 = box.getUpperRightY() - l[1], y1 = box.getUpperRightY() - l[3];
            if (Math.abs(y0 - y1) < 1f && Math.abs(x1 - x0) > 2f) page.add(new Rule(true, (y0 + y1) / 2, x0, x1));
            else if (Math.abs(x0 - x1) < 1f && Math.abs(y1 - y0) > 2f) page.add(new Rule(false, (x0 + x1) / 2, y0, y1));
        }
    }
}
