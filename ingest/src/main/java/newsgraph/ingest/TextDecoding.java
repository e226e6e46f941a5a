package newsgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text: UTF-8 unless a byte-order mark says UTF-16. Decoding is strict: a byte sequence
 * that is not UTF-8 is an error naming its offset, never a silent U+FFFD.
 */
final class TextDecoding {
  private TextDecoding() {}

  /** The input's bytes are not valid text in their encoding. */
  static final class InvalidTextException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidTextException(String message) {
      super(message);
    }
  }

  static String decode(byte[] bytes) throws InvalidTextException {
    int skip = 0;
    Charset charset = StandardCharsets.UTF_8;
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
      skip = 3;
    } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      skip = 2;
      charset = StandardCharsets.UTF_16LE;
    } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      skip = 2;
      charset = StandardCharsets.UTF_16BE;
    }
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out = CharBuffer.allocate((int) Math.min((long) (bytes.length - skip) + 16, Integer.MAX_VALUE - 16));
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new InvalidTextException("invalid " + charset.name() + " at byte " + in.position()
          + " (is it in another encoding, e.g. Windows-1252?)");
    }
    result = decoder.flush(out);
    if (result.isError()) {
      throw new InvalidTextException("invalid " + charset.name() + " at the end of the input");
    }
    out.flip();
    return out.toString();
  }
}
