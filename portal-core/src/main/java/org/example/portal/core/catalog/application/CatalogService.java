package org.example.portal.core.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.example.portal.core.catalog.domain.Product;
import org.example.portal.core.catalog.domain.ProductArea;
import org.example.portal.core.error.ConflictException;
import org.example.portal.core.error.InvalidInputException;
import org.example.portal.core.error.NotFoundException;

/** Reads and maintains the product catalog. Names are unique (areas overall, products within an area). */
@ApplicationScoped
@Transactional
public class CatalogService {

  @PersistenceContext EntityManager em;

  public List<ProductArea> areas() {
    return em.createNamedQuery("ProductArea.all", ProductArea.class).getResultList();
  }

  public Optional<ProductArea> findArea(long id) {
    return Optional.ofNullable(em.find(ProductArea.class, id));
  }

  public ProductArea area(long id) {
    return findArea(id).orElseThrow(() -> new NotFoundException("Product area", id));
  }

  public List<Product> products(Long areaId) {
    if (areaId == null) {
      return em.createNamedQuery("Product.all", Product.class).getResultList();
    }
    return em.createNamedQuery("Product.byArea", Product.class).setParameter("areaId", areaId).getResultList();
  }

  /** The products with these ids, read in one statement, by id; ids of products that are gone are left out. */
  public Map<Long, Product> productsById(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("select p from Product p where p.id in :ids", Product.class)
        .setParameter("ids", List.copyOf(ids))
        .getResultStream()
        .collect(Collectors.toMap(Product::getId, Function.identity()));
  }

  public Optional<Product> findProduct(long id) {
    return Optional.ofNullable(em.find(Product.class, id));
  }

  public Product product(long id) {
    return findProduct(id).orElseThrow(() -> new NotFoundException("Product", id));
  }

  public ProductArea createArea(@NotNull @Valid AreaForm form) {
    requireFreeAreaName(form.name(), null);
    ProductArea area = new ProductArea(form.name(), form.description());
    em.persist(area);
    em.flush();
    return area;
  }

  public ProductArea updateArea(long id, @NotNull @Valid AreaForm form) {
    ProductArea area = area(id);
    requireFreeAreaName(form.name(), id);
    area.update(form.name(), form.description(), form.active() == null || form.active());
    return area;
  }

  public Product createProduct(@NotNull @Valid ProductForm form) {
    requireActiveArea(form.areaId());
    requireFreeProductName(form.areaId(), form.name(), null);
    Product product =
        new Product(form.areaId(), form.name(), form.description(), form.currency(), form.listPrice());
    em.persist(product);
    em.flush();
    return product;
  }

  public Product updateProduct(long id, @NotNull @Valid ProductForm form) {
    Product product = product(id);
    requireActiveArea(form.areaId());
    requireFreeProductName(form.areaId(), form.name(), id);
    product.update(
        form.areaId(),
        form.name(),
        form.description(),
        form.currency(),
        form.listPrice(),
        form.active() == null || form.active());
    return product;
  }

  private void requireActiveArea(Long areaId) {
    ProductArea area = findArea(areaId).orElseThrow(() -> new InvalidInputException("areaId", "Choose an existing product area."));
    if (!area.isActive()) {
      throw new InvalidInputException("areaId", "The product area " + area.getName() + " is no longer active.");
    }
  }

  private void requireFreeAreaName(String name, Long exceptId) {
    em.createNamedQuery("ProductArea.findByName", ProductArea.class)
        .setParameter("name", name.strip())
        .getResultStream()
        .filter(a -> !a.getId().equals(exceptId))
        .findFirst()
        .ifPresent(a -> {
          throw new ConflictException("name", "A product area named " + a.getName() + " already exists.");
        });
  }

  private void requireFreeProductName(Long areaId, String name, Long exceptId) {
    em.createNamedQuery("Product.findByName", Product.class)
        .setParameter("areaId", areaId)
        .setParameter("name", name.strip())
        .getResultStream()
        .filter(p -> !p.getId().equals(exceptId))
        .findFirst()
        .ifPresent(p -> {
          throw new ConflictException("name", "This area already has a product named " + p.getName() + ".");
        });
  }
}
