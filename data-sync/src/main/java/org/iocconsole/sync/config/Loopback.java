package org.iocconsole.sync.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Decides whether a URL host is the loopback interface, from its text alone: {@code localhost}, an IPv4 literal in
 * 127.0.0.0/8 or the IPv6 literal {@code ::1}. Names are never looked up, since a DNS answer can change. Stateless.
 */
public final class Loopback {

    private Loopback() {}

    /** Whether the host (as in a URL, IPv6 with or without brackets) is loopback. */
    public static boolean isLoopbackHost(String host) {
        if (host == null || host.isEmpty()) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equals("localhost") || h.equals("localhost.")) {
            return true;
        }
        if (h.indexOf(':') >= 0) {
            return isIpv6Loopback(h);
        }
        return isIpv4Loopback(h);
    }

    private static boolean isIpv4Loopback(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
                return false;
            }
            if (Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return Integer.parseInt(parts[0]) == 127;
    }

    private static boolean isIpv6Loopback(String host) {
        if (!host.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
            return false;
        }
        try {
            // A literal of hex digits and colons is parsed, never resolved.
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
