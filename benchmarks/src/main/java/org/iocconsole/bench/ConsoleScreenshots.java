package org.iocconsole.bench;

import java.awt.image.BufferedImage;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.iocconsole.console.app.Launcher;
import org.iocconsole.sync.WritesToTerminal;

/**
 * Takes the README's screenshots: starts the real console on the embedded demo province (dark theme, Vietnamese, one
 * window, a settings folder of its own), leaves it time to sync, shows the overview, the map and the citizen report
 * queue in turn and writes each window as a PNG. Sync the cache first, so the pictures show a full province, and run
 * it on a display of 1920×1080 (the window takes 90 % of it):
 *
 * <pre>
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar org.iocconsole.console.app.Launcher --demo --sync-once --cache CACHE
 * xvfb-run -a -s "-screen 0 1920x1080x24" java -cp benchmarks/target/benchmarks.jar \
 *     org.iocconsole.bench.ConsoleScreenshots docs/images CACHE 60
 * </pre>
 *
 * Arguments: the folder for the pictures, the cache folder (default a new one) and how many seconds to wait before
 * the first picture (default 60).
 */
@WritesToTerminal("a command-line tool that says which files it wrote")
public final class ConsoleScreenshots {
    private static final List<String> SCREENS = List.of("overview", "map", "reports");
    private static final long SCREEN_SETTLE_MILLIS = 8_000;
    private static final PrintStream TERMINAL = System.out;

    private ConsoleScreenshots() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/images");
        Path work = Files.createTempDirectory("ioc-console-screenshots");
        Path cache = args.length > 1 ? Path.of(args[1]) : work.resolve("cache");
        long syncSeconds = args.length > 2 ? Long.parseLong(args[2]) : 60;
        Files.createDirectories(out);
        // Settings and layouts of the user running this must not show in the pictures.
        System.setProperty("user.home", work.toString());
        String[] console = {
            "--demo",
            "--theme",
            "dark",
            "--lang",
            "vi",
            "--layout",
            "window",
            "--cache",
            cache.toString(),
            "--log-dir",
            work.resolve("logs").toString()
        };
        Thread launcher = new Thread(() -> Launcher.main(console), "console");
        launcher.setDaemon(true);
        launcher.start();
        Scene scene = awaitScene();
        Thread.sleep(syncSeconds * 1000);
        for (String screen : SCREENS) {
            onFx(() -> {
                ((ButtonBase) scene.lookup("#nav-" + screen)).fire();
                return null;
            });
            Thread.sleep(SCREEN_SETTLE_MILLIS);
            awaitNothingPending(scene);
            BufferedImage picture = onFx(() -> picture(scene.snapshot(null)));
            Path file = out.resolve("console-" + screen + ".png");
            ImageIO.write(picture, "png", file.toFile());
            TERMINAL.println("wrote " + file + " (" + picture.getWidth() + "x" + picture.getHeight() + ")");
        }
        // The console's launcher ends the process once its window has closed.
        Platform.exit();
        launcher.join(30_000);
    }

    /** The main window's scene, once the toolkit is up and the window shown. */
    private static Scene awaitScene() throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            Thread.sleep(500);
            try {
                Scene scene = onFx(() -> Window.getWindows().stream()
                        .filter(window -> window instanceof Stage && window.isShowing())
                        .map(Window::getScene)
                        .filter(found -> found != null && found.lookup("#nav-overview") != null)
                        .findFirst()
                        .orElse(null));
                if (scene != null) {
                    return scene;
                }
            } catch (IllegalStateException ignored) {
                // The toolkit is not up yet.
            } catch (Exception e) {
                throw new IllegalStateException("The console's window could not be found", e);
            }
        }
        throw new IllegalStateException("The console's window did not show within five minutes");
    }

    /** Waits, up to two minutes, until no screen says it is still reading (the map prepares its layers). */
    private static void awaitNothingPending(Scene scene) throws Exception {
        for (int i = 0; i < 240; i++) {
            boolean pending = onFx(
                    () -> scene.getRoot().lookupAll(".map-pending").stream().anyMatch(ConsoleScreenshots::shown));
            if (!pending) {
                // Tiles of the generated basemap are drawn in the background once the data is there.
                Thread.sleep(SCREEN_SETTLE_MILLIS);
                return;
            }
            Thread.sleep(500);
        }
    }

    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static BufferedImage picture(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(0, 0, width, height, pixels, 0, width);
        return picture;
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }
}
