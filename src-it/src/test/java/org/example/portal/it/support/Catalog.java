package org.example.portal.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.util.UUID;

/** Product areas and products the first admin creates for a test, with names no other test uses. */
public final class Catalog {

  private Catalog() {}

  public record TestProduct(long id, long areaId, String areaName, String name, String currency) {}

  public static TestProduct newProduct(String name, String currency) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    PortalApi admin = PortalApi.admin();
    String areaName = "Area " + suffix;
    PortalApi.Reply area = admin.post("catalog/areas", Json.createObjectBuilder().add("name", areaName).build());
    assertEquals(201, area.status(), area::toString);
    long areaId = area.json().getJsonNumber("id").longValue();
    String productName = name + " " + suffix;
    PortalApi.Reply product =
        admin.post(
            "catalog/products",
            Json.createObjectBuilder().add("areaId", areaId).add("name", productName).add("currency", currency).add("listPrice", 100).build());
    assertEquals(201, product.status(), product::toString);
    return new TestProduct(product.json().getJsonNumber("id").longValue(), areaId, areaName, productName, currency);
  }
}
