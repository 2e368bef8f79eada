package org.iocconsole.console.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.iocconsole.console.common.I18n;
import org.iocconsole.maps.layer.LabelFonts;
import org.iocconsole.sync.scenario.AfterActionReport;
import org.iocconsole.sync.scenario.ScenarioTime;

/**
 * Writes a drill's after-action report as PDF: title, response-time figures, each scripted report's times, and the
 * timeline of events and operator actions. The bundled Noto Sans is embedded so Vietnamese renders everywhere.
 * Runs off the FX thread; stateless.
 */
public final class AfterActionPdf {
    private static final float MARGIN = 50;
    private static final float LEADING = 14;
    private static final float SIZE = 10;

    private AfterActionPdf() {}

    /** Writes the report in {@code locale}'s texts, times shown in {@code zone}. */
    public static void write(AfterActionReport report, Locale locale, ZoneId zone, OutputStream out)
            throws IOException {
        ResourceBundle texts = ResourceBundle.getBundle(I18n.BUNDLE, locale);
        DateTimeFormatter time =
                DateTimeFormatter.ofPattern("dd/MM HH:mm", locale).withZone(zone);
        String language = locale.getLanguage();
        try (PDDocument document = new PDDocument()) {
            PDType0Font regular = font(document, LabelFonts.REGULAR);
            PDType0Font bold = font(document, LabelFonts.BOLD);
            Pages pages = new Pages(document, regular);
            pages.line(
                    bold,
                    16,
                    text(
                            texts,
                            locale,
                            "scenario.aar.title",
                            report.scenario().title().in(language)));
            pages.line(
                    regular,
                    SIZE,
                    text(
                            texts,
                            locale,
                            "scenario.aar.period",
                            time.format(report.scenario().start()),
                            time.format(report.scenario().end())));
            pages.gap();
            pages.line(bold, 12, texts.getString("scenario.aar.figures"));
            figure(
                    pages,
                    texts,
                    locale,
                    "scenario.aar.acknowledge",
                    report.figures(AfterActionReport.Response::toAcknowledge));
            figure(pages, texts, locale, "scenario.aar.assign", report.figures(AfterActionReport.Response::toAssign));
            figure(pages, texts, locale, "scenario.aar.resolve", report.figures(AfterActionReport.Response::toResolve));
            figure(pages, texts, locale, "drillalerts.aar.figures", report.alertFigures());
            pages.gap();
            pages.line(bold, 12, texts.getString("scenario.aar.reports"));
            for (AfterActionReport.Response response : report.responses()) {
                pages.line(
                        bold,
                        SIZE,
                        (response.id() != null ? response.id() : response.ref()) + " · "
                                + time.format(response.receivedAt()));
                pages.wrapped(regular, SIZE, response.description());
                pages.line(
                        regular,
                        SIZE,
                        text(
                                texts,
                                locale,
                                "scenario.aar.response",
                                duration(response.toAcknowledge(), texts),
                                duration(response.toAssign(), texts),
                                duration(response.toResolve(), texts)));
            }
            alerts(pages, bold, report, texts, locale, time);
            pages.gap();
            pages.line(bold, 12, texts.getString("scenario.aar.timeline"));
            for (AfterActionReport.Line line : report.lines()) {
                String who = line.actor() == null ? texts.getString("scenario.aar.scenario") : line.actor();
                pages.wrapped(
                        regular,
                        SIZE,
                        time.format(line.at()) + "  " + who + "  " + line.what()
                                + (line.target() == null ? "" : "  " + line.target()));
            }
            pages.close();
            document.save(out);
        }
    }

    /** Each scripted alert: when it was raised, and who acknowledged it when. */
    private static void alerts(
            Pages pages,
            PDType0Font bold,
            AfterActionReport report,
            ResourceBundle texts,
            Locale locale,
            DateTimeFormatter time)
            throws IOException {
        if (report.alerts().isEmpty()) {
            return;
        }
        pages.gap();
        pages.line(bold, 12, texts.getString("drillalerts.aar.alerts"));
        for (AfterActionReport.AlertResponse alert : report.alerts()) {
            pages.line(
                    bold,
                    SIZE,
                    texts.getString("kpi.severity." + alert.level()) + " · " + time.format(alert.raisedAt()));
            pages.wrapped(pages.regular, SIZE, alert.title().in(locale.getLanguage()));
            pages.line(
                    pages.regular,
                    SIZE,
                    alert.acknowledgedAt().isEmpty()
                            ? texts.getString("drillalerts.aar.unacknowledged")
                            : text(
                                    texts,
                                    locale,
                                    "drillalerts.aar.acknowledged",
                                    alert.acknowledgedBy().orElse(""),
                                    time.format(alert.acknowledgedAt().get()),
                                    duration(alert.toAcknowledge(), texts)));
        }
    }

    private static void figure(
            Pages pages, ResourceBundle texts, Locale locale, String key, AfterActionReport.Figures figures)
            throws IOException {
        pages.line(
                pages.regular,
                SIZE,
                text(
                        texts,
                        locale,
                        key,
                        figures.answered(),
                        figures.total(),
                        duration(figures.mean(), texts),
                        duration(figures.median(), texts),
                        duration(figures.longest(), texts)));
    }

    private static String duration(Optional<Duration> value, ResourceBundle texts) {
        return value.map(ScenarioTime::format).orElse(texts.getString("scenario.aar.none"));
    }

    private static String text(ResourceBundle texts, Locale locale, String key, Object... args) {
        return new MessageFormat(texts.getString(key), locale).format(args);
    }

    private static PDType0Font font(PDDocument document, String name) throws IOException {
        try (InputStream in = AfterActionPdf.class.getResourceAsStream(LabelFonts.FOLDER + name)) {
            if (in == null) {
                throw new IOException("the bundled font " + name + " is missing");
            }
            return PDType0Font.load(document, in);
        }
    }

    /** Lines written top to bottom over as many A4 pages as they need. */
    private static final class Pages {
        private final PDDocument document;
        final PDType0Font regular;
        private PDPageContentStream stream;
        private float y;

        Pages(PDDocument document, PDType0Font regular) throws IOException {
            this.document = document;
            this.regular = regular;
            newPage();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = page.getMediaBox().getHeight() - MARGIN;
        }

        void line(PDType0Font font, float size, String text) throws IOException {
            if (y < MARGIN + LEADING) {
                newPage();
            }
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(MARGIN, y);
            stream.showText(printable(font, text.replace('\n', ' ').replace('\t', ' ')));
            stream.endText();
            y -= size + 4;
        }

        /** Breaks text into lines that fit the page width, at spaces. */
        void wrapped(PDType0Font font, float size, String text) throws IOException {
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                    lines.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            lines.add(current.toString());
            for (String line : lines) {
                line(font, size, line);
            }
        }

        /** The text with each character the font cannot draw (from a scenario file) replaced by '?'. */
        private static String printable(PDType0Font font, String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(c -> {
                String one = new String(Character.toChars(c));
                try {
                    font.encode(one);
                    out.append(one);
                } catch (IOException | IllegalArgumentException e) {
                    out.append('?');
                }
            });
            return out.toString();
        }

        void gap() {
            y -= LEADING / 2;
        }

        void close() throws IOException {
            stream.close();
        }
    }
}
