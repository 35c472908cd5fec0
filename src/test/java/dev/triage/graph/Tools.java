package dev.triage.graph;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;

/**
 * What the tests do when a real tool they check output with is missing: skip on a developer's
 * machine, saying how to install it; fail under CI ({@code CI} set, as .ci/run runs), which
 * installs both, so a check never passes unseen.
 */
public final class Tools {
  private Tools() {}

  public static void require(boolean available, String what, String install) {
    if (available) {
      return;
    }
    String message = what + " is not available, so this check cannot run; " + install;
    if (System.getenv("CI") != null) {
      fail(message + " (under CI it must run)");
    }
    assumeTrue(false, message);
  }

  /**
   * Everything a process writes on one stream, read on another thread so that neither stream can
   * fill and block.
   */
  public static CompletableFuture<byte[]> readAll(InputStream in) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return in.readAllBytes();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
