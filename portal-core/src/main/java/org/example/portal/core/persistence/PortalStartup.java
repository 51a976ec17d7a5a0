package org.example.portal.core.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;

/**
 * Runs once when the portal is deployed: migrates every module's schema, then tells the rest of the
 * portal that the database is ready ({@link PortalStarted}), so bootstrap work never sees old tables.
 */
@Startup
@Singleton
// Flyway commits its own work; a container transaction around it would forbid that.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PortalStartup {

  public static final String DATA_SOURCE = "java:app/jdbc/portal";

  @Resource(lookup = DATA_SOURCE)
  DataSource dataSource;

  @Inject @Any Instance<ModuleSchema> schemas;

  @Inject Event<PortalStarted> started;

  @PostConstruct
  void start() {
    List<ModuleSchema> all = schemas.stream().toList();
    new SchemaMigrator(dataSource, PortalStartup.class.getClassLoader()).migrate(all);
    started.fire(new PortalStarted());
  }
}
