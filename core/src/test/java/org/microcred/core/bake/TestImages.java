package org.microcred.core.bake;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/**
 * Test images and an independent PNG chunk walker (written separately from the production parser,
 * so the tests do not check the code against itself).
 */
final class TestImages {

    private TestImages() {
    }

    /** A real badge drawn with Java2D and encoded by ImageIO: gradient disc, star, initials. */
    static BufferedImage badge(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, new Color(0x1565C0), size, size, new Color(0x26A69A)));
            g.fillOval(1, 1, size - 2, size - 2);
            g.setStroke(new BasicStroke(Math.max(1f, size / 32f)));
            g.setColor(new Color(0xFFC107));
            g.drawOval(size / 16, size / 16, size - size / 8, size - size / 8);
            Polygon star = new Polygon();
            double cx = size / 2.0;
            double cy = size / 2.0;
            for (int i = 0; i < 10; i++) {
                double r = (i % 2 == 0 ? 0.36 : 0.15) * size;
                double a = Math.PI / 2 + i * Math.PI / 5;
                star.addPoint((int) Math.round(cx + r * Math.cos(a)), (int) Math.round(cy - r * Math.sin(a)));
            }
            g.fillPolygon(star);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(6, size / 8)));
            g.drawString("MC", (int) (cx - size / 9.0), (int) (size * 0.93));
        } finally {
            g.dispose();
        }
        return image;
    }

    static byte[] badgePng(int size) {
        return encode(badge(size));
    }

    static byte[] encode(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no PNG writer");
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BufferedImage decode(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] resource(String name) {
        try (InputStream in = TestImages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A chunk as the walker saw it. */
    record RawChunk(int offset, String type, byte[] data, long storedCrc, long computedCrc) {
        String keyword() {
            int nul = 0;
            while (nul < data.length && data[nul] != 0) {
                nul++;
            }
            return new String(data, 0, nul, StandardCharsets.ISO_8859_1);
        }
    }

    static List<RawChunk> chunks(byte[] png) {
        List<RawChunk> result = new ArrayList<>();
        int pos = 8;
        while (pos + 12 <= png.length) {
            int length = ((png[pos] & 0xFF) << 24) | ((png[pos + 1] & 0xFF) << 16)
                    | ((png[pos + 2] & 0xFF) << 8) | (png[pos + 3] & 0xFF);
            String type = new String(png, pos + 4, 4, StandardCharsets.US_ASCII);
            byte[] data = new byte[length];
            System.arraycopy(png, pos + 8, data, 0, length);
            int crcAt = pos + 8 + length;
            long stored = ((long) (png[crcAt] & 0xFF) << 24) | ((png[crcAt + 1] & 0xFF) << 16)
                    | ((png[crcAt + 2] & 0xFF) << 8) | (png[crcAt + 3] & 0xFF);
            CRC32 crc = new CRC32();
            crc.update(png, pos + 4, 4 + length);
            result.add(new RawChunk(pos, type, data, stored, crc.getValue()));
            pos = crcAt + 4;
            if (type.equals("IEND")) {
                break;
            }
        }
        return result;
    }

    /** A complete chunk (length, type, data, correct CRC). */
    static byte[] chunk(String type, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeInt(out, data.length);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        writeInt(out, (int) crc.getValue());
        return out.toByteArray();
    }

    private static void writeInt(ByteArrayOutputStream out, int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }

    /** Inserts whole chunks right after IHDR (which ends at byte 33 in every PNG). */
    static byte[] insertAfterIhdr(byte[] png, byte[]... chunks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, 33);
        for (byte[] c : chunks) {
            out.writeBytes(c);
        }
        out.write(png, 33, png.length - 33);
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] zlib(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            int n = deflater.deflate(buffer);
            out.write(buffer, 0, n);
        }
        deflater.end();
        return out.toByteArray();
    }

    /** tEXt data: keyword NUL text (Latin-1). */
    static byte[] textData(String keyword, String text) {
        return concat(latin1(keyword), new byte[] {0}, latin1(text));
    }

    /** zTXt data: keyword NUL method(0) zlib(text). */
    static byte[] zTextData(String keyword, byte[] text) {
        return concat(latin1(keyword), new byte[] {0, 0}, zlib(text));
    }

    /** iTXt data with the given compression flag; text bytes as given (already compressed or not). */
    static byte[] iTextData(String keyword, int compressionFlag, String language, String translated,
            byte[] text) {
        return concat(latin1(keyword), new byte[] {0, (byte) compressionFlag, 0}, latin1(language),
                new byte[] {0}, utf8(translated), new byte[] {0}, text);
    }

    /** A small, hand-written SVG badge (same design as the PNG). */
    static final String SVG_BADGE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="128" height="128" viewBox="0 0 128 128">
              <!-- Microcred sample badge -->
              <defs>
                <linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
                  <stop offset="0" stop-color="#1565C0"/>
                  <stop offset="1" stop-color="#26A69A"/>
                </linearGradient>
              </defs>
              <title>Microcred sample badge</title>
              <circle cx="64" cy="64" r="62" fill="url(#g)"/>
              <circle cx="64" cy="64" r="56" fill="none" stroke="#FFC107" stroke-width="4"/>
              <polygon fill="#FFC107" points="64,18 75,49 110,49 82,69 92,101 64,82 36,101 46,69 18,49 53,49"/>
              <text x="64" y="120" font-family="sans-serif" font-weight="bold" font-size="16" fill="#fff" text-anchor="middle">MC</text>
            </svg>
            """;
}
