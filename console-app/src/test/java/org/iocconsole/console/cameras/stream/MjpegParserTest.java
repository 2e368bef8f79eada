package org.iocconsole.console.cameras.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The multipart parser over exact bytes: well-formed streams, lenient forms and every absurd size or boundary. */
class MjpegParserTest {
    private static final byte[] A = TestJpegs.frame(1);
    private static final byte[] B = TestJpegs.frame(2);

    @Test
    void readsPartsByContentLengthUntilTheStreamEnds() throws IOException {
        byte[] stream = concat(part("frame", A, true), part("frame", B, true));
        assertThat(readAll(stream, "frame")).containsExactly(A, B);
    }

    @Test
    void readsPartsWithoutLengthUpToTheNextBoundaryAndTheClosingDelimiter() throws IOException {
        byte[] stream = concat(
                text("preamble the camera wrote first\r\n"),
                part("frame", A, false),
                part("frame", B, false),
                text("--frame--\r\n"));
        assertThat(readAll(stream, "frame")).containsExactly(A, B);
    }

    @Test
    void acceptsABoundaryParameterThatAlreadyCarriesTheDashes() throws IOException {
        byte[] stream = concat(text("--myboundary\r\nContent-Length: " + A.length + "\r\n\r\n"), A, text("\r\n"));
        assertThat(readAll(stream, "--myboundary")).containsExactly(A);
        assertThat(Boundary.fromContentType("multipart/x-mixed-replace;boundary=\"--myboundary\""))
                .isEqualTo("--myboundary");
    }

    @Test
    void skipsAPartWithoutKeepingIt() throws IOException {
        MjpegParser parser =
                parser(concat(part("frame", A, true), part("frame", B, false), text("--frame--\r\n")), "frame");
        parser.skip(parser.next());
        PartHeader second = parser.next();
        assertThat(second.contentLength()).isEqualTo(-1);
        assertThat(parser.body(second)).isEqualTo(B);
        assertThat(parser.next()).isNull();
    }

    @Test
    void refusesAbsurdContentLengths() throws IOException {
        for (String length : List.of("99999999999", "-5", "lots", "9000000")) {
            MjpegParser parser = parser(text("--frame\r\nContent-Length: " + length + "\r\n\r\nxx"), "frame");
            assertThatThrownBy(parser::next)
                    .as(length)
                    .isInstanceOf(StreamFormatException.class)
                    .hasMessageMatching(".*(beyond the limit|unreadable Content-Length).*");
        }
    }

    @Test
    void refusesAPartWithoutLengthThatOutgrowsTheLimit() throws IOException {
        byte[] endless = new byte[5000];
        Arrays.fill(endless, (byte) 'x');
        MjpegParser parser = new MjpegParser(
                new ByteArrayInputStream(concat(text("--frame\r\n\r\n"), endless)),
                "frame",
                new PartLimits(4096, 1024, 32, 4096));
        PartHeader header = parser.next();
        assertThatThrownBy(() -> parser.body(header))
                .isInstanceOf(StreamFormatException.class)
                .hasMessageContaining("4096");
    }

    @Test
    void refusesAbsurdBoundaries() {
        assertThatThrownBy(() -> Boundary.fromContentType("multipart/x-mixed-replace; boundary=" + "b".repeat(500)))
                .isInstanceOf(StreamFormatException.class)
                .hasMessageContaining("absurd boundary");
        assertThatThrownBy(() -> Boundary.fromContentType("multipart/x-mixed-replace; boundary=a\u0000b"))
                .isInstanceOf(StreamFormatException.class);
        assertThatThrownBy(() -> Boundary.fromContentType("multipart/x-mixed-replace; boundary="))
                .isInstanceOf(StreamFormatException.class);
        assertThatThrownBy(() -> Boundary.fromContentType("multipart/x-mixed-replace"))
                .hasMessageContaining("names no boundary");
        assertThatThrownBy(() -> Boundary.fromContentType("image/jpeg")).hasMessageContaining("not a multipart");
        assertThatThrownBy(() -> Boundary.fromContentType(null)).isInstanceOf(StreamFormatException.class);
    }

    @Test
    void refusesHeadersBeyondTheirLimitsAndAMissingBoundary() throws IOException {
        MjpegParser longLine = parser(text("--frame\r\nX-Junk: " + "j".repeat(5000) + "\r\n\r\n"), "frame");
        assertThatThrownBy(longLine::next).hasMessageContaining("header line longer");

        StringBuilder many = new StringBuilder("--frame\r\n");
        for (int i = 0; i < 40; i++) {
            many.append("X-").append(i).append(": 1\r\n");
        }
        MjpegParser manyHeaders = parser(text(many + "\r\n"), "frame");
        assertThatThrownBy(manyHeaders::next).hasMessageContaining("more than 32 headers");

        MjpegParser wrongBoundary = parser(concat(part("frame", A, true), part("other", B, true)), "frame");
        wrongBoundary.body(wrongBoundary.next());
        assertThatThrownBy(wrongBoundary::next).hasMessageContaining("expected the boundary --frame");

        MjpegParser noBoundary = parser(text(("no boundary here\r\n").repeat(400)), "frame");
        assertThatThrownBy(noBoundary::next).hasMessageContaining("no boundary --frame in the first 4096 bytes");
    }

    @Test
    void aConnectionDroppedMidFrameIsAnEndOfFileNotAFrame() throws IOException {
        byte[] whole = part("frame", A, true);
        MjpegParser parser = parser(Arrays.copyOf(whole, whole.length / 2), "frame");
        PartHeader header = parser.next();
        assertThatThrownBy(() -> parser.body(header))
                .isInstanceOf(EOFException.class)
                .hasMessageContaining("within a frame");
        MjpegParser headersCut = parser(text("--frame\r\nContent-Len"), "frame");
        assertThatThrownBy(headersCut::next).isInstanceOf(EOFException.class);
    }

    @Test
    void jpegCheckTellsWholePicturesFromCutOrGarbledOnes() {
        assertThat(JpegCheck.looksComplete(A)).isTrue();
        assertThat(JpegCheck.looksComplete(Arrays.copyOf(A, A.length - 10))).isFalse();
        assertThat(JpegCheck.looksComplete(text("<html>not a picture</html>"))).isFalse();
        assertThat(JpegCheck.looksComplete(concat(A, new byte[] {0, 0, '\r', '\n'})))
                .isTrue();
    }

    static byte[] part(String boundary, byte[] body, boolean withLength) {
        String head = "--" + boundary + "\r\nContent-Type: image/jpeg\r\n"
                + (withLength ? "Content-Length: " + body.length + "\r\n" : "") + "\r\n";
        return concat(text(head), body, text("\r\n"));
    }

    private static List<byte[]> readAll(byte[] stream, String boundary) throws IOException {
        MjpegParser parser = parser(stream, boundary);
        List<byte[]> parts = new ArrayList<>();
        for (PartHeader header = parser.next(); header != null; header = parser.next()) {
            parts.add(parser.body(header));
        }
        return parts;
    }

    private static MjpegParser parser(byte[] stream, String boundary) throws StreamFormatException {
        return new MjpegParser(new ByteArrayInputStream(stream), boundary, PartLimits.defaults());
    }

    static byte[] text(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] concat(byte[]... pieces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] piece : pieces) {
            out.writeBytes(piece);
        }
        return out.toByteArray();
    }
}
