package newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiServerAddressTest {
  @TempDir Path dir;

  /** An address other machines could use to reach this one, or null when it has none. */
  private static InetAddress outsideAddress() throws Exception {
    for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (!nic.isUp() || nic.isLoopback()) continue;
      for (InetAddress a : Collections.list(nic.getInetAddresses())) {
        if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) return a;
      }
    }
    return null;
  }

  private static void connect(InetAddress address, int port) throws Exception {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(address, port), 5_000);
    }
  }

  @Test
  void listensOnThisMachineOnlyUnlessAHostIsGiven() throws Exception {
    InetAddress outside = outsideAddress();
    assumeTrue(outside != null, "no network address besides loopback");
    try (ApiServer server = ApiServer.start(0, dir.resolve("store"))) {
      connect(InetAddress.getLoopbackAddress(), server.port());
      assertThrows(ConnectException.class, () -> connect(outside, server.port()));
    }
    try (ApiServer server = ApiServer.start("0.0.0.0", 0, dir.resolve("store"))) {
      connect(outside, server.port());
    }
  }
}
