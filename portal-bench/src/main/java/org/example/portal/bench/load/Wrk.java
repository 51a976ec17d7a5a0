package org.example.portal.bench.load;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs wrk (Debian's {@code wrk}) with a scenario's Lua script and reads back the figures the script prints. */
final class Wrk {

  private static final String MARKER = "BENCH_RESULT ";

  private final String executable;
  private final Path scripts;

  Wrk(String executable, Path workFolder) {
    this.executable = executable;
    this.scripts = workFolder.resolve("lua");
    extractScripts();
  }

  private void extractScripts() {
    try {
      Files.createDirectories(scripts);
      List<String> names = new ArrayList<>(List.of("common.lua"));
      Arrays.stream(Scenario.values()).map(s -> s.id() + ".lua").forEach(names::add);
      for (String script : names) {
        try (InputStream in = Wrk.class.getResourceAsStream("/wrk/" + script)) {
          if (in == null) {
            throw new IllegalStateException("wrk/" + script + " is missing from the class path");
          }
          Files.copy(in, scripts.resolve(script), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the wrk scripts into " + scripts, e);
    }
  }

  /** wrk's figures for one scenario as a JSON object; fails with wrk's output if it printed none. */
  JsonObject run(Scenario scenario, URI base, int connections, Duration duration, Map<String, String> environment) {
    int threads = Math.max(1, Math.min(connections, Runtime.getRuntime().availableProcessors()));
    List<String> command =
        List.of(
            executable, "-t" + threads, "-c" + connections, "-d" + Math.max(1, duration.toSeconds()) + "s",
            "--timeout", "30s", "-s", scripts.resolve(scenario.id() + ".lua").toString(), base.toString());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    builder.environment().put("BENCH_LUA", scripts.toString());
    try {
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(duration.toSeconds() + 120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " did not finish");
      }
      return output.lines()
          .filter(l -> l.startsWith(MARKER))
          .findFirst()
          .map(l -> PortalClient.json(l.substring(MARKER.length())))
          .orElseThrow(() -> new IllegalStateException(String.join(" ", command) + " printed no figures:\n" + output));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot run " + executable + " (Debian package wrk)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while wrk ran", e);
    }
  }
}
