package io.clausewatch.crawler.extract;

/**
 * Recognises binary data whatever its declared type: text has no NUL bytes and few control
 * characters in its first kilobytes.
 */
final class BinarySniffer {

    private static final int SAMPLE = 4096;

    private BinarySniffer() {}

    static boolean looksBinary(byte[] body) {
        if (hasUtf16Bom(body)) {
            return false;
        }
        int length = Math.min(body.length, SAMPLE);
        int control = 0;
        for (int i = 0; i < length; i++) {
            int b = body[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b) {
                control++;
            }
        }
        return length > 0 && control * 20 > length;
    }

    private static boolean hasUtf16Bom(byte[] body) {
        if (body.length < 2) {
            return false;
        }
        int first = body[0] & 0xff;
        int second = body[1] & 0xff;
        return (first == 0xfe && second == 0xff) || (first == 0xff && second == 0xfe);
    }
}
