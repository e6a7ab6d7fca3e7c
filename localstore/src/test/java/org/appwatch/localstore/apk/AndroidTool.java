package org.appwatch.localstore.apk;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs one of Debian's Android tools ({@code aapt}, {@code apksigner}, {@code dexdump}, {@code
 * zipalign}) as ground truth. A missing tool skips the test, except under CI (variable {@code CI}
 * set) where it fails: CI installs the tools, so a missing one there is a broken build, not a
 * reason to pass.
 */
record AndroidTool(String name) {
  static final AndroidTool AAPT = new AndroidTool("aapt");
  static final AndroidTool APKSIGNER = new AndroidTool("apksigner");
  static final AndroidTool DEXDUMP = new AndroidTool("dexdump");
  static final AndroidTool ZIPALIGN = new AndroidTool("zipalign");

  private static final long TIMEOUT_SECONDS = 60;

  /** The tool's exit code and its standard output and error, decoded as UTF-8. */
  record Result(int exitCode, String stdout, String stderr) {}

  /** Skips (or under CI fails) the calling test when the tool is not on the PATH. */
  void require() {
    boolean present =
        List.of(System.getenv().getOrDefault("PATH", "").split(":")).stream()
            .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, name)));
    if (present) {
      return;
    }
    String message = name + " not found on PATH (Debian package: " + name + ")";
    if (System.getenv("CI") != null) {
      fail(message + "; CI must install it");
    }
    Assumptions.abort(message);
  }

  /** Runs the tool and fails the test if it does not exit within the timeout. */
  Result run(String... args) {
    require();
    List<String> command = new ArrayList<>();
    command.add(name);
    command.addAll(List.of(args));
    try {
      Process process = new ProcessBuilder(command).start();
      process.getOutputStream().close();
      CompletableFuture<String> out = drain(process.getInputStream());
      CompletableFuture<String> err = drain(process.getErrorStream());
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail(name + " timed out after " + TIMEOUT_SECONDS + " s: " + command);
      }
      return new Result(process.exitValue(), out.get(), err.get());
    } catch (IOException | ExecutionException e) {
      throw new IllegalStateException("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted running " + command, e);
    }
  }

  /** Runs the tool and returns its standard output, failing the test on a non-zero exit. */
  String output(String... args) {
    Result result = run(args);
    if (result.exitCode() != 0) {
      fail(name + " exited " + result.exitCode() + ": " + result.stdout() + result.stderr());
    }
    return result.stdout();
  }

  private static CompletableFuture<String> drain(InputStream stream) {
    // Read both streams concurrently so a chatty tool cannot block on a full pipe.
    return CompletableFuture.supplyAsync(
        () -> {
          try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        });
  }
}
