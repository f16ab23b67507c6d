package io.clausewatch.crawler.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;

/**
 * Chooses the charset to read a body with: a byte-order mark first, then the header's charset, then
 * a meta tag in the first kilobytes, else UTF-8 (or Windows-1252 when the bytes are not UTF-8). A
 * body that is valid multi-byte UTF-8 but declared as a Western single-byte charset is read as
 * UTF-8, because that mislabel is common and the alternative is mojibake.
 */
final class BodyCharset {

    private static final Set<String> SINGLE_BYTE_LABELS =
            Set.of("iso-8859-1", "iso-8859-15", "windows-1252", "us-ascii", "latin1");

    private static final int META_SCAN_BYTES = 4096;
    private static final java.util.regex.Pattern META_CHARSET =
            java.util.regex.Pattern.compile(
                    "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_:.-]+)",
                    java.util.regex.Pattern.CASE_INSENSITIVE);

    private BodyCharset() {}

    /** Decodes an HTML body to text. */
    static String decodeHtml(byte[] body, String contentType) {
        if (hasBom(body, 0xef, 0xbb, 0xbf)) {
            return new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        }
        if (hasBom(body, 0xfe, 0xff)) {
            return new String(body, 2, body.length - 2, StandardCharsets.UTF_16BE);
        }
        if (hasBom(body, 0xff, 0xfe)) {
            return new String(body, 2, body.length - 2, StandardCharsets.UTF_16LE);
        }
        String chosen = choose(body, contentType);
        if (chosen == null) {
            chosen = fromMeta(body);
        }
        return new String(body, chosen != null ? Charset.forName(chosen) : fallback(body));
    }

    private static String fromMeta(byte[] body) {
        String head =
                new String(
                        body,
                        0,
                        Math.min(body.length, META_SCAN_BYTES),
                        StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher matcher = META_CHARSET.matcher(head);
        if (!matcher.find()) {
            return null;
        }
        String label = matcher.group(1).toLowerCase(Locale.ROOT);
        Charset charset = known(label);
        if (charset == null) {
            return null;
        }
        if (SINGLE_BYTE_LABELS.contains(label) && isMultiByteUtf8(body)) {
            return StandardCharsets.UTF_8.name();
        }
        return charset.name();
    }

    private static boolean hasBom(byte[] body, int... bom) {
        if (body.length < bom.length) {
            return false;
        }
        for (int i = 0; i < bom.length; i++) {
            if ((body[i] & 0xff) != bom[i]) {
                return false;
            }
        }
        return true;
    }

    private static Charset fallback(byte[] body) {
        return isMultiByteUtf8(body) || isAscii(body)
                ? StandardCharsets.UTF_8
                : Charset.forName("windows-1252");
    }

    static String choose(byte[] body, String contentType) {
        String declared = parameter(contentType, "charset");
        if (declared == null) {
            return null;
        }
        String label = declared.toLowerCase(Locale.ROOT);
        Charset charset = known(label);
        if (charset == null) {
            return null;
        }
        if (SINGLE_BYTE_LABELS.contains(label) && isMultiByteUtf8(body)) {
            return StandardCharsets.UTF_8.name();
        }
        return charset.name();
    }

    static Charset forText(byte[] body, String contentType) {
        if (hasBom(body, 0xef, 0xbb, 0xbf)) {
            return StandardCharsets.UTF_8;
        }
        String chosen = choose(body, contentType);
        return chosen != null ? Charset.forName(chosen) : fallback(body);
    }

    static String parameter(String contentType, String name) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase(name)) {
                String value = pair[1].trim().replace("\"", "").replace("'", "");
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    private static Charset known(String label) {
        try {
            return Charset.forName(label);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean isAscii(byte[] body) {
        for (byte b : body) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMultiByteUtf8(byte[] body) {
        if (isAscii(body)) {
            return false;
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
