package org.iocconsole.console.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.iocconsole.maps.layer.LabelFonts;

/**
 * Writes a {@link Briefing} as an A4 PDF with the bundled Noto Sans embedded, so Vietnamese reads correctly on any
 * machine. Lines wrap at the margin and pages follow as needed. Stateless; call off the FX thread.
 */
public final class BriefingPdf {
    private static final float MARGIN = 50;
    private static final float BODY = 10.5f;

    private BriefingPdf() {}

    public static void write(Briefing briefing, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDFont regular = font(document, LabelFonts.REGULAR);
            PDFont bold = font(document, LabelFonts.BOLD);
            Writer writer = new Writer(document);
            writer.line(briefing.title(), bold, 16, 0);
            for (String line : briefing.header()) {
                writer.line(line, regular, BODY, 0);
            }
            writer.gap(8);
            writer.line(briefing.figuresHeading(), bold, 13, 0);
            for (Briefing.Row row : briefing.figures()) {
                writer.gap(3);
                writer.line(row.name() + ": " + row.value(), bold, BODY, 0);
                for (String detail : row.details()) {
                    writer.line(detail, regular, 9.5f, 12);
                }
            }
            writer.gap(8);
            writer.line(briefing.alertsHeading(), bold, 13, 0);
            for (String alert : briefing.alerts()) {
                writer.line("• " + alert, regular, BODY, 0);
            }
            writer.close();
            document.save(out);
        }
    }

    private static PDFont font(PDDocument document, String file) throws IOException {
        try (InputStream in = BriefingPdf.class.getResourceAsStream(LabelFonts.FOLDER + file)) {
            if (in == null) {
                throw new IOException("the bundled font " + file + " is missing");
            }
            return PDType0Font.load(document, in);
        }
    }

    /** Puts wrapped lines on pages, opening a new page when one is full. */
    private static final class Writer {
        private final PDDocument document;
        private PDPageContentStream content;
        private float y;

        Writer(PDDocument document) throws IOException {
            this.document = document;
            newPage();
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = page.getMediaBox().getHeight() - MARGIN;
        }

        void gap(float points) {
            y -= points;
        }

        void line(String text, PDFont font, float size, float indent) throws IOException {
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN - indent;
            for (String part : wrap(text, font, size, width)) {
                if (y < MARGIN + size) {
                    newPage();
                }
                y -= size * 1.35f;
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(MARGIN + indent, y);
                content.showText(printable(part, font));
                content.endText();
            }
        }

        void close() throws IOException {
            content.close();
        }

        /** The text with characters the font cannot draw replaced: an arrow by "->", anything else by "?". */
        private static String printable(String text, PDFont font) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                String ch = new String(Character.toChars(cp));
                try {
                    font.encode(ch);
                    out.append(ch);
                } catch (IOException | IllegalArgumentException e) {
                    out.append(cp == 0x2192 ? "->" : "?");
                }
            });
            return out.toString();
        }

        private static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (line.length() > 0 && font.getStringWidth(printable(candidate, font)) / 1000 * size > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
            return lines;
        }
    }
}
