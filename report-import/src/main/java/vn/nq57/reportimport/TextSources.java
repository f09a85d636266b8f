package vn.nq57.reportimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Turns a file into the text every offset of an extraction refers to: NFC, {@code \n} line ends,
 * one line per Word paragraph or table cell, PDF text in reading order with a blank line between
 * visual paragraphs.
 */
public final class TextSources {

    private TextSources() {
    }

    public static String read(byte[] content, DocumentFormat format) {
        String text = switch (format) {
            case DOCX -> docx(content);
            case PDF -> pdf(content);
            case TEXT -> utf8(content);
        };
        text = Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        if (text.strip().isEmpty()) {
            throw new ImportFailure(ImportFailure.Reason.EMPTY_TEXT, "The document contains no text");
        }
        return text;
    }

    private static String utf8(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            text = text.startsWith("\uFEFF") ? text.substring(1) : text;
            if (text.chars().anyMatch(c -> c == 0)) {
                throw new ImportFailure(ImportFailure.Reason.UNSUPPORTED_TYPE, "The text contains NUL bytes: not a text file");
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new ImportFailure(ImportFailure.Reason.UNSUPPORTED_TYPE, "The text is not valid UTF-8", e);
        }
    }

    private static String docx(byte[] content) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            StringBuilder text = new StringBuilder();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    text.append(paragraph.getText()).append('\n');
                } else if (element instanceof XWPFTable table) {
                    appendTable(table, text);
                }
            }
            return text.toString();
        } catch (IOException | RuntimeException e) {
            throw new ImportFailure(ImportFailure.Reason.UNREADABLE, "The .docx file cannot be read: " + e.getMessage(), e);
        }
    }

    private static void appendTable(XWPFTable table, StringBuilder text) {
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                for (XWPFParagraph paragraph : cell.getParagraphs()) {
                    text.append(paragraph.getText()).append('\n');
                }
            }
        }
    }

    private static String pdf(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.isEncrypted()) {
                throw new ImportFailure(ImportFailure.Reason.ENCRYPTED, "The PDF is encrypted; upload an unprotected copy");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            stripper.setLineSeparator("\n");
            stripper.setParagraphEnd("\n");
            String text = stripper.getText(document);
            if (text.strip().isEmpty()) {
                throw new ImportFailure(ImportFailure.Reason.NO_TEXT_LAYER,
                        "The PDF has no text layer (a scanned image); run OCR and upload the text or a searchable PDF");
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new ImportFailure(ImportFailure.Reason.ENCRYPTED, "The PDF is password-protected; upload an unprotected copy", e);
        } catch (IOException e) {
            throw new ImportFailure(ImportFailure.Reason.UNREADABLE, "The PDF cannot be read: " + e.getMessage(), e);
        }
    }
}
