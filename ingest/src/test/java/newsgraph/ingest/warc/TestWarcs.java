package newsgraph.ingest.warc;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** WARC records written by hand, so tests control every byte (and can break them). */
public final class TestWarcs {
  private TestWarcs() {}

  /** One WARC record, its Content-Length computed from the block. */
  public static byte[] record(String type, String uri, String date, String contentType, byte[] block) {
    String header = "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.randomUUID()
        + ">\r\nWARC-Date: " + date + "\r\n" + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
        + "Content-Type: " + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(header.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(block);
    out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  public static byte[] response(String uri, String httpContentType, byte[] body) {
    ByteArrayOutputStream http = new ByteArrayOutputStream();
    http.writeBytes(("HTTP/1.1 200 OK\r\nContent-Type: " + httpContentType + "\r\nContent-Length: " + body.length
        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    http.writeBytes(body);
    return record("response", uri, "2026-02-14T10:00:00Z", "application/http; msgtype=response", http.toByteArray());
  }

  public static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) out.writeBytes(p);
    return out.toByteArray();
  }
}
