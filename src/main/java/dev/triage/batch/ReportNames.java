package dev.triage.batch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The file name of an answer set's report, made from its id but never a path: an id is someone
 * else's text, so it may name no other directory, no hidden file and no device. An id that is
 * already a plain name is kept as it is ({@code a-17.md}); any other is cleaned to letters, digits,
 * dots, hyphens and underscores and given the start of its SHA-256, so two ids that clean alike
 * still get two names ({@code ..-etc-passwd-3f2a9c1b.md}). Without an id, the line number names it
 * ({@code line-12.md}).
 */
final class ReportNames {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
  private static final int KEPT = 60;

  private ReportNames() {}

  static String of(Optional<String> id, long line) {
    if (id.isEmpty()) {
      return "line-" + line + ".md";
    }
    String given = id.get();
    if (PLAIN.matcher(given).matches() && !given.endsWith(".")) {
      return given + ".md";
    }
    StringBuilder clean = new StringBuilder();
    for (int i = 0; i < given.length() && clean.length() < KEPT; i++) {
      char c = given.charAt(i);
      boolean plain =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
      clean.append(plain || ((c == '.' || c == '-') && clean.length() > 0) ? c : '-');
    }
    String start = clean.toString().replaceFirst("^[-.]+", "");
    return (start.isEmpty() ? "id" : start) + "-" + digest(given) + ".md";
  }

  private static String digest(String id) {
    try {
      byte[] sha = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha, 0, 4).toLowerCase(Locale.ROOT);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
