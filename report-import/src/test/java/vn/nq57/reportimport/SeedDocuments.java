package vn.nq57.reportimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The seed reports as text, and as the .docx and .pdf (with a real text layer) a unit would upload.
 * Public for submission-service's upload tests (this module's test-jar).
 */
public final class SeedDocuments {

    static final List<String> SEEDS = List.of("report-xa-nguyen-luong-bang-2025", "report-dac-khu-cat-hai-2025",
            "report-phuong-phu-lien-2025-ocr");

    private static final float FONT_SIZE = 9f;
    private static final float LEADING = 12f;
    private static final float MARGIN = 50f;

    private SeedDocuments() {
    }

    public static String text(String seed) {
        try (var in = SeedDocuments.class.getResourceAsStream("/seeds/" + seed + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String seed, DocumentFormat format) {
        String text = text(seed);
        return switch (format) {
            case TEXT -> text.getBytes(StandardCharsets.UTF_8);
            case DOCX -> docx(text);
            case PDF -> pdf(text);
        };
    }

    /** One Word paragraph per line of the seed, as a converted or retyped report has. */
    public static byte[] docx(String text) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n", -1)) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An A4 PDF with the seed's lines drawn in a Unicode TrueType font (a real text layer), blank lines as space. */
    public static byte[] pdf(String text) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = PDType0Font.load(document, vietnameseFont().toFile());
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            List<String> lines = new ArrayList<>();
            for (String line : text.split("\n", -1)) {
                lines.addAll(wrap(drawable(font, line.strip()), font, width));
            }
            PDPageContentStream stream = null;
            float y = 0;
            for (String line : lines) {
                if (stream == null || y < MARGIN) {
                    if (stream != null) {
                        stream.endText();
                        stream.close();
                    }
                    PDPage page = new PDPage(PDRectangle.A4);
                    document.addPage(page);
                    stream = new PDPageContentStream(document, page);
                    stream.beginText();
                    stream.setFont(font, FONT_SIZE);
                    y = PDRectangle.A4.getHeight() - MARGIN;
                    stream.newLineAtOffset(MARGIN, y);
                }
                if (!line.isEmpty()) {
                    stream.showText(line);
                }
                stream.newLineAtOffset(0, -LEADING);
                y -= LEADING;
            }
            if (stream != null) {
                stream.endText();
                stream.close();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A TrueType font with Vietnamese glyphs from the machine (DejaVu Sans on Debian). */
    static Path vietnameseFont() throws IOException {
        Path dejavu = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        if (Files.isRegularFile(dejavu)) {
            return dejavu;
        }
        try (Stream<Path> fonts = Files.walk(Path.of("/usr/share/fonts"))) {
            return fonts.filter(p -> p.toString().toLowerCase().endsWith(".ttf")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No TrueType font with Vietnamese glyphs under /usr/share/fonts"));
        }
    }

    private static String drawable(PDType0Font font, String line) {
        StringBuilder out = new StringBuilder();
        line.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static List<String> wrap(String line, PDType0Font font, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        String rest = line;
        while (font.getStringWidth(rest) / 1000 * FONT_SIZE > width) {
            int cut = rest.length();
            while (cut > 0 && font.getStringWidth(rest.substring(0, cut)) / 1000 * FONT_SIZE > width) {
                cut = rest.lastIndexOf(' ', cut - 1);
            }
            if (cut <= 0) {
                break;
            }
            lines.add(rest.substring(0, cut));
            rest = rest.substring(cut + 1);
        }
        lines.add(rest);
        return lines;
    }
}
