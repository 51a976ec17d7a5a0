package org.example.portal.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a figure depends on besides the code: cores, Java version and how busy the machine was when the run
 * started (a shared build machine can triple latencies). Goes into every report's settings.
 */
public final class Machine {

  private Machine() {}

  public static Map<String, String> describe() {
    Map<String, String> machine = new LinkedHashMap<>();
    machine.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
    machine.put("java", System.getProperty("java.version"));
    machine.put("loadAverage", loadAverage());
    return machine;
  }

  /** The 1, 5 and 15 minute load averages on Linux; "unknown" elsewhere. */
  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
