package org.appwatch.crawler.fetch;

import java.math.BigInteger;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses addresses a crawler must not reach from the open web — loopback, private (RFC 1918, IPv6
 * unique-local), link-local, carrier-grade NAT, unspecified and multicast — unless a configured
 * CIDR range allows them. The check runs on resolved addresses before any connection is opened, so
 * a hostname that resolves to 10.0.0.1 is refused as surely as the literal.
 */
public final class AddressGuard {

  private record Cidr(byte[] network, int bits) {
    boolean contains(InetAddress address) {
      byte[] a = address.getAddress();
      if (a.length != network.length) {
        return false;
      }
      int shift = a.length * 8 - bits;
      return new BigInteger(1, a)
          .shiftRight(shift)
          .equals(new BigInteger(1, network).shiftRight(shift));
    }
  }

  private static final List<Cidr> SPECIAL = new ArrayList<>();

  static {
    for (String range : List.of("100.64.0.0/10", "fc00::/7", "0.0.0.0/8")) {
      SPECIAL.add(parse(range));
    }
  }

  private final List<Cidr> allowed = new ArrayList<>();

  /**
   * @param allowNetworks CIDR ranges such as {@code 127.0.0.0/8}
   * @throws IllegalArgumentException for a malformed range
   */
  public AddressGuard(List<String> allowNetworks) {
    for (String range : allowNetworks) {
      if (!range.isBlank()) {
        allowed.add(parse(range.trim()));
      }
    }
  }

  /** Whether an address may be contacted. */
  public boolean permits(InetAddress address) {
    if (!isSpecial(address)) {
      return true;
    }
    return allowed.stream().anyMatch(c -> c.contains(address));
  }

  /**
   * Resolves the URI's host and checks every address it resolves to.
   *
   * @throws FetchException of kind {@code REFUSED_ADDRESS}, or {@code NETWORK} when the host does
   *     not resolve
   */
  public InetAddress[] check(URI uri) throws FetchException {
    String host = uri.getHost();
    if (host == null) {
      throw new FetchException(uri, FetchException.Kind.NETWORK, "no host", null);
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw new FetchException(uri, FetchException.Kind.NETWORK, "unknown host " + host, e);
    }
    for (InetAddress a : addresses) {
      if (!permits(a)) {
        throw new FetchException(
            uri,
            FetchException.Kind.REFUSED_ADDRESS,
            host + " resolves to " + a.getHostAddress() + ", a non-public address not allowed",
            null);
      }
    }
    return addresses;
  }

  private static boolean isSpecial(InetAddress a) {
    if (a.isLoopbackAddress()
        || a.isSiteLocalAddress()
        || a.isLinkLocalAddress()
        || a.isAnyLocalAddress()
        || a.isMulticastAddress()) {
      return true;
    }
    if (a instanceof Inet6Address v6 && v6.isIPv4CompatibleAddress()) {
      return true;
    }
    return SPECIAL.stream().anyMatch(c -> c.contains(a));
  }

  private static Cidr parse(String range) {
    int slash = range.indexOf('/');
    try {
      // Literal addresses only: getByName does no lookup for them.
      byte[] network =
          InetAddress.getByName(slash < 0 ? range : range.substring(0, slash)).getAddress();
      int bits = slash < 0 ? network.length * 8 : Integer.parseInt(range.substring(slash + 1));
      if (bits < 0 || bits > network.length * 8) {
        throw new IllegalArgumentException("bad prefix length in " + range);
      }
      return new Cidr(network, bits);
    } catch (UnknownHostException | NumberFormatException e) {
      throw new IllegalArgumentException("not a CIDR range: " + range, e);
    }
  }
}
