package org.microcred.core.bake;

import static org.microcred.core.bake.Texts.invalid;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Reads and writes the PNG chunk stream (W3C PNG §5.3 chunk layout, §11.3.4 textual chunks).
 * Every chunk's length and CRC-32 is checked; the pixel data is never decoded.
 */
final class PngBaking {

    private static final int MAX_CHUNK_LENGTH = Integer.MAX_VALUE;
    private static final int MAX_KEYWORD_LENGTH = 79;

    private PngBaking() {
    }

    /** One chunk: where it starts in the file (its length field), its type, and its data range. */
    record Chunk(int offset, String type, int dataOffset, int dataLength) {
        int end() {
            return dataOffset + dataLength + 4;
        }
    }

    /** The parsed chunk stream: chunks up to and including IEND, then the offset after IEND. */
    record Stream(List<Chunk> chunks, int endOfIend) {
    }

    static Stream parse(byte[] png) {
        if (!ImageFormat.startsWithPngSignature(png)) {
            throw invalid("not a PNG: the file does not start with the PNG signature");
        }
        List<Chunk> chunks = new ArrayList<>();
        int pos = ImageFormat.pngSignatureLength();
        CRC32 crc = new CRC32();
        while (true) {
            int left = png.length - pos;
            if (left < 12) {
                if (chunks.isEmpty() || left > 0) {
                    throw invalid("truncated chunk at offset " + pos + ": " + left
                            + " bytes left, a chunk needs at least 12");
                }
                throw invalid("truncated PNG: the file ends after " + chunks.size()
                        + " chunks without an IEND chunk");
            }
            long length = readUint32(png, pos);
            String type = chunkType(png, pos + 4);
            if (length > MAX_CHUNK_LENGTH || length > png.length) {
                throw invalid("chunk '" + type + "' at offset " + pos + " declares length " + length
                        + ", over the file size (" + png.length + " bytes)");
            }
            if (length > left - 12) {
                throw invalid("truncated chunk '" + type + "' at offset " + pos + ": declares "
                        + length + " data bytes but only " + (left - 12) + " remain");
            }
            int dataOffset = pos + 8;
            int dataLength = (int) length;
            crc.reset();
            crc.update(png, pos + 4, 4 + dataLength);
            long stored = readUint32(png, dataOffset + dataLength);
            if (crc.getValue() != stored) {
                throw invalid(String.format("CRC mismatch in chunk '%s' at offset %d: stored %08x,"
                        + " computed %08x", type, pos, stored, crc.getValue()));
            }
            Chunk chunk = new Chunk(pos, type, dataOffset, dataLength);
            if (chunks.isEmpty() && !(type.equals("IHDR") && dataLength == 13)) {
                throw invalid("not a valid PNG: the first chunk is '" + type
                        + "', expected a 13-byte IHDR");
            }
            chunks.add(chunk);
            pos = chunk.end();
            if (type.equals("IEND")) {
                return new Stream(List.copyOf(chunks), pos);
            }
        }
    }

    private static String chunkType(byte[] png, int at) {
        StringBuilder sb = new StringBuilder(4);
        for (int i = 0; i < 4; i++) {
            int b = png[at + i] & 0xFF;
            if (!((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z'))) {
                throw invalid(String.format("invalid chunk type at offset %d: byte 0x%02x is not an"
                        + " ASCII letter", at - 4, b));
            }
            sb.append((char) b);
        }
        return sb.toString();
    }

    private static long readUint32(byte[] b, int at) {
        return ((long) (b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8)
                | (b[at + 3] & 0xFF);
    }

    /** The spec a text chunk belongs to when it is a credential carrier, else null. */
    private static BadgeSpec carrierSpec(byte[] png, Chunk chunk) {
        String type = chunk.type();
        boolean itxt = type.equals("iTXt");
        if (!itxt && !type.equals("tEXt") && !type.equals("zTXt")) {
            return null;
        }
        String keyword = keyword(png, chunk);
        if (keyword == null) {
            return null;
        }
        if (keyword.equals(BadgeSpec.OB2.pngKeyword())) {
            return BadgeSpec.OB2;
        }
        if (itxt && keyword.equals(BadgeSpec.OB3.pngKeyword())) {
            return BadgeSpec.OB3;
        }
        return null;
    }

    /** The Latin-1 keyword before the first NUL, or null when there is no terminated keyword. */
    private static String keyword(byte[] png, Chunk chunk) {
        int limit = Math.min(chunk.dataLength(), MAX_KEYWORD_LENGTH + 1);
        for (int i = 0; i < limit; i++) {
            if (png[chunk.dataOffset() + i] == 0) {
                return new String(png, chunk.dataOffset(), i, StandardCharsets.ISO_8859_1);
            }
        }
        return null;
    }

    static List<BakedCredential> unbake(byte[] png, int maxInflatedBytes) {
        Stream stream = parse(png);
        List<BakedCredential> found = new ArrayList<>();
        for (Chunk chunk : stream.chunks()) {
            BadgeSpec spec = carrierSpec(png, chunk);
            if (spec != null) {
                found.add(readText(png, chunk, spec, maxInflatedBytes));
            }
        }
        return found;
    }

    private static BakedCredential readText(byte[] png, Chunk chunk, BadgeSpec spec, int maxInflated) {
        String keyword = spec.pngKeyword();
        String where = chunk.type() + " chunk '" + keyword + "' at offset " + chunk.offset();
        int p = chunk.dataOffset() + keyword.length() + 1;
        int end = chunk.dataOffset() + chunk.dataLength();
        String text;
        switch (chunk.type()) {
            case "tEXt" -> text = new String(png, p, end - p, StandardCharsets.ISO_8859_1);
            case "zTXt" -> {
                if (p >= end || png[p] != 0) {
                    throw invalid(where + ": unknown compression method");
                }
                byte[] inflated = Texts.inflateBounded(png, p + 1, end - p - 1, maxInflated, where);
                text = new String(inflated, StandardCharsets.ISO_8859_1);
            }
            default -> {
                if (end - p < 2) {
                    throw invalid(where + ": missing compression flag and method");
                }
                int flag = png[p] & 0xFF;
                int method = png[p + 1] & 0xFF;
                p += 2;
                int languageEnd = indexOfNul(png, p, end);
                int translatedEnd = languageEnd < 0 ? -1 : indexOfNul(png, languageEnd + 1, end);
                if (translatedEnd < 0) {
                    throw invalid(where + ": language tag or translated keyword is not terminated");
                }
                Texts.strictUtf8(png, languageEnd + 1, translatedEnd - languageEnd - 1,
                        where + ": translated keyword");
                p = translatedEnd + 1;
                if (flag == 0) {
                    text = Texts.strictUtf8(png, p, end - p, where + ": text");
                } else if (flag == 1 && method == 0) {
                    byte[] inflated = Texts.inflateBounded(png, p, end - p, maxInflated, where);
                    text = Texts.strictUtf8(inflated, 0, inflated.length, where + ": text");
                } else {
                    throw invalid(where + ": unknown compression flag " + flag + " / method " + method);
                }
            }
        }
        return Texts.extracted(text, spec, ImageFormat.PNG, where);
    }

    private static int indexOfNul(byte[] b, int from, int end) {
        for (int i = from; i < end; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Writes a copy of {@code png} with every existing carrier chunk of {@code spec} removed and one
     * uncompressed iTXt chunk inserted right after IHDR. All other bytes are kept as they were.
     */
    static byte[] bake(byte[] png, byte[] utf8Text, BadgeSpec spec) {
        Stream stream = parse(png);
        byte[] keyword = spec.pngKeyword().getBytes(StandardCharsets.ISO_8859_1);
        long dataLength = (long) keyword.length + 5 + utf8Text.length;
        if (dataLength > MAX_CHUNK_LENGTH) {
            throw invalid("credential text of " + utf8Text.length + " bytes does not fit in a PNG chunk");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length + (int) dataLength + 12);
        out.write(png, 0, ImageFormat.pngSignatureLength());
        boolean inserted = false;
        for (Chunk chunk : stream.chunks()) {
            if (carrierSpec(png, chunk) == spec) {
                continue;
            }
            out.write(png, chunk.offset(), chunk.end() - chunk.offset());
            if (!inserted) {
                writeItxt(out, keyword, utf8Text);
                inserted = true;
            }
        }
        out.write(png, stream.endOfIend(), png.length - stream.endOfIend());
        return out.toByteArray();
    }

    private static void writeItxt(ByteArrayOutputStream out, byte[] keyword, byte[] text) {
        byte[] data = new byte[keyword.length + 5 + text.length];
        System.arraycopy(keyword, 0, data, 0, keyword.length);
        // NUL after keyword, compression flag 0, method 0, empty language tag, empty translated keyword
        System.arraycopy(text, 0, data, keyword.length + 5, text.length);
        byte[] type = {'i', 'T', 'X', 't'};
        writeUint32(out, data.length);
        out.write(type, 0, 4);
        out.write(data, 0, data.length);
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(data);
        writeUint32(out, crc.getValue());
    }

    private static void writeUint32(ByteArrayOutputStream out, long value) {
        out.write((int) (value >>> 24) & 0xFF);
        out.write((int) (value >>> 16) & 0xFF);
        out.write((int) (value >>> 8) & 0xFF);
        out.write((int) value & 0xFF);
    }
}
