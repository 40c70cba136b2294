package nianbao.read;

import nianbao.parse.ReportLoader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files that cannot be read give one line naming the problem, Chinese first, and never a stack trace. */
class UnreadableFilesTest {
    @TempDir
    Path dir;

    static String failure(Path file) {
        ReadException e = assertThrows(ReadException.class, () -> Readers.read(file));
        String m = e.getMessage();
        assertFalse(m.contains("\n"), "one line: " + m);
        int english = m.lastIndexOf("(");
        assertTrue(english > 0 && m.endsWith(")"), "English beside, in brackets at the end: " + m);
        assertTrue(m.substring(0, english).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                "Chinese first: " + m);
        return m;
    }

    Path makeCorruptPdf() throws Exception {
        Path f = dir.resolve("损坏.pdf");
        byte[] junk = new byte[4000];
        new java.util.Random(7).nextBytes(junk);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nstream\n".getBytes(StandardCharsets.ISO_8859_1));
        b.write(junk);
        Files.write(f, b.toByteArray());
        return f;
    }

    Path makeEncryptedPdf() throws Exception {
        return encryptedPdf("加密.pdf", "user-secret");
    }

    Path encryptedPdf(String name, String userPassword) throws Exception {
        Path f = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Annual report 2024, protected by a password");
                for (int i = 0; i < 5; i++) {
                    cs.newLineAtOffset(0, -20);
                    cs.showText("Government information disclosure, line " + i);
                }
                cs.endText();
            }
            StandardProtectionPolicy p = new StandardProtectionPolicy("owner-secret", userPassword, noCopying());
            p.setEncryptionKeyLength(128);
            doc.protect(p);
            doc.save(f.toFile());
        }
        return f;
    }

    private static AccessPermission noCopying() {
        AccessPermission ap = new AccessPermission();
        ap.setCanExtractContent(false);
        return ap;
    }

    /** Only an owner password (no copying allowed) opens without a password: such a report is read. */
    @Test
    void ownerPasswordOnlyIsRead() throws Exception {
        Document d = Readers.read(encryptedPdf("限制复制.pdf", ""));
        assertTrue(d.text().contains("Annual report 2024, protected by a password"), d.text());
    }

    /** Pages that are only a picture, as a scanner makes them, with a scanner app's line of text stamped on each. */
    Path makeScannedPdf() throws Exception {
        Path f = dir.resolve("扫描件.pdf");
        BufferedImage img = new BufferedImage(400, 560, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 560);
        g.setColor(Color.BLACK);
        for (int y = 40; y < 520; y += 18) g.fillRect(40, y, 320, 6); // lines of "text" as pixels
        g.dispose();
        try (PDDocument doc = new PDDocument()) {
            PDImageXObject x = LosslessFactory.createFromImage(doc, img);
            for (int p = 0; p < 3; p++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(x, 20, 40, 570, 740);
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 8);
                    cs.newLineAtOffset(450, 20);
                    cs.showText("Scanned with CamScanner");
                    cs.endText();
                }
            }
            doc.save(f.toFile());
        }
        return f;
    }

    Path makePasswordDocx() throws Exception {
        Path f = dir.resolve("加密.docx");
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (XWPFDocument d = new XWPFDocument()) {
            d.createParagraph().createRun().setText("一、总体情况");
            d.write(plain);
        }
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(plain.toByteArray());
            }
            try (OutputStream out = Files.newOutputStream(f)) {
                fs.writeFilesystem(out);
            }
        }
        return f;
    }

    /** A zip that claims to be a Word file but whose document part is cut off. */
    Path makeCorruptDocx() throws Exception {
        Path f = dir.resolve("损坏.docx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(f))) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    .getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("word/document.xml"));
            z.write("<w:document><w:body><w:p>一、总体".getBytes(StandardCharsets.UTF_8));
        }
        return f;
    }

    Path makeHtmlWithoutTables() throws Exception {
        Path f = dir.resolve("无表格.html");
        Files.writeString(f, "<html><head><meta charset=\"utf-8\"><title>2024年政府信息公开工作年度报告</title></head><body>"
                + "<nav>首页 政务公开</nav><div class=\"article\"><h1>某区2024年政府信息公开工作年度报告</h1><p>一、总体情况</p>"
                + "<p>2024年，我区主动公开政府信息100条。</p><p>二、主动公开政府信息情况</p><p><img src=\"table2.png\"></p>"
                + "<p>三、收到和处理政府信息公开申请情况</p><p><img src=\"table3.png\"></p></div></body></html>");
        return f;
    }

    @Test
    void corruptPdf() throws Exception {
        assertTrue(failure(makeCorruptPdf()).contains("corrupt PDF"));
    }

    @Test
    void encryptedPdf() throws Exception {
        assertTrue(failure(makeEncryptedPdf()).contains("encrypted PDF"));
    }

    @Test
    void scannedPdf() throws Exception {
        assertEquals("扫描件，没有文字层，无法读取（不支持 OCR）(scanned PDF without a text layer)", failure(makeScannedPdf()));
    }

    @Test
    void passwordProtectedDocx() throws Exception {
        assertTrue(failure(makePasswordDocx()).contains("password-protected DOCX"));
    }

    @Test
    void corruptDocx() throws Exception {
        assertTrue(failure(makeCorruptDocx()).contains("corrupt DOCX"));
    }

    @Test
    void htmlWithoutTables() throws Exception {
        assertTrue(failure(makeHtmlWithoutTables()).contains("without the report tables"));
    }

    /** A folder mixing formats: the bad files fail with a line each, the others are read, and stderr stays quiet. */
    @Test
    void mixedFolder() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("下载"));
        List<Path> bad = List.of(makeCorruptPdf(), makeEncryptedPdf(), makeScannedPdf(), makePasswordDocx(), makeCorruptDocx(), makeHtmlWithoutTables());
        for (Path b : bad) Files.move(b, folder.resolve(b.getFileName()));
        var seed = ReportLoader.load(Path.of("corpus/2021_富阳区湖源乡.txt"));
        Files.copy(Path.of("corpus/2021_富阳区湖源乡.txt"), folder.resolve("2021_富阳区湖源乡.txt"));
        Files.write(folder.resolve("2021_富阳区湖源乡.html"), ReportFixtures.html(seed, StandardCharsets.UTF_8));
        Files.write(folder.resolve("2021_富阳区湖源乡.docx"), ReportFixtures.docx(seed));
        Path pdf = PdfSamplesTest.HUAIAN_2024;
        if (Files.isRegularFile(pdf)) Files.copy(pdf, folder.resolve(pdf.getFileName()));

        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        ReportLoader.Result result;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            result = ReportLoader.loadAll(List.of(folder));
        } finally {
            System.setErr(err);
        }
        assertEquals(bad.size(), result.failures().size(), "failures: " + result.failures());
        for (ReportLoader.Failure f : result.failures()) {
            assertFalse(f.toString().contains("\n"), "one line: " + f);
            assertFalse(f.message().contains("内部错误"), "a reader bug, not a clear message: " + f);
            assertTrue(f.toString().startsWith(f.file().toString()), "names the file: " + f);
        }
        int expected = 3 + (Files.isRegularFile(pdf) ? 1 : 0);
        assertEquals(expected, result.reports().size());
        for (var r : result.reports()) {
            assertTrue(r.cells().size() > 100, r.source() + " read with its tables");
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8), "library logging on stderr");
    }
}
