package org.iocconsole.console.dashboard;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.FileChooser;
import javax.imageio.ImageIO;
import org.iocconsole.console.common.I18n;
import org.iocconsole.console.common.TimeTexts;

/**
 * The board's exports: a PNG of what is on screen and the leader briefing as PDF. The snapshot and the texts are taken
 * on the FX thread; encoding and writing run through the view model off it. FX thread only.
 */
final class BoardExports {
    private final KpiBoardViewModel vm;
    private final I18n i18n;
    private final TileTexts texts;
    private final TimeTexts times;
    private final Clock clock;

    BoardExports(KpiBoardViewModel vm, I18n i18n, TileTexts texts, TimeTexts times, Clock clock) {
        this.vm = vm;
        this.i18n = i18n;
        this.texts = texts;
        this.times = times;
        this.clock = clock;
    }

    void png(Node board) {
        File file = choose(board, "kpi-board.png", "*.png");
        if (file == null) {
            return;
        }
        WritableImage image = board.snapshot(null, null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        vm.export(() -> writePng(file.toPath(), width, height, pixels));
    }

    static Path writePng(Path target, int width, int height, int[] argb) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        if (!ImageIO.write(image, "png", target.toFile())) {
            throw new IOException("no PNG writer");
        }
        return target;
    }

    void pdf(Node owner) {
        BoardData data = vm.dataProperty().get();
        if (data == null) {
            return;
        }
        File file = choose(owner, "bao-cao-chi-tieu.pdf", "*.pdf");
        if (file == null) {
            return;
        }
        Briefing briefing = Briefing.of(
                data,
                texts,
                i18n.get("kpi.pdf.title"),
                List.of(
                        i18n.get("kpi.pdf.area", String.valueOf(data.areaName())),
                        i18n.get("kpi.pdf.period", texts.window(data.window())),
                        texts.lineage(data.lineage()),
                        i18n.get("kpi.pdf.made", times.absolute(clock.instant()))),
                new String[] {i18n.get("kpi.pdf.figures"), i18n.get("kpi.pdf.alerts")});
        Path target = file.toPath();
        vm.export(() -> {
            try (OutputStream out = Files.newOutputStream(target)) {
                BriefingPdf.write(briefing, out);
            }
            return target;
        });
    }

    private static File choose(Node owner, String name, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(pattern, pattern));
        return chooser.showSaveDialog(
                owner.getScene() == null ? null : owner.getScene().getWindow());
    }
}
