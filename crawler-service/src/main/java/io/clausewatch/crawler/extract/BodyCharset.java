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
 * Chooses the charset to read a body with. The header's charset is used when it names a known
 * charset; a body that is valid multi-byte UTF-8 but declared as a Western single-byte charset is
 * read as UTF-8, because that mislabel is common and the alternative is mojibake. Null means
 * "decide from the BOM or the page's meta tag", which jsoup does.
 */
final class BodyCharset {

    private static final Set<String> SINGLE_BYTE_LABELS =
            Set.of("iso-8859-1", "iso-8859-15", "windows-1252", "us-ascii", "latin1");

    private BodyCharset() {}

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
        String chosen = choose(body, contentType);
        if (chosen != null) {
            return Charset.forName(chosen);
        }
        return isMultiByteUtf8(body) || isAscii(body)
                ? StandardCharsets.UTF_8
                : Charset.forName("windows-1252");
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
