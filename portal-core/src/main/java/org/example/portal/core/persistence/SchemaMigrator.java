package org.example.portal.core.persistence;

import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings every module's tables up to date with Flyway, core first. */
public class SchemaMigrator {

  private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

  private final DataSource dataSource;
  private final ClassLoader classLoader;

  public SchemaMigrator(DataSource dataSource, ClassLoader classLoader) {
    this.dataSource = dataSource;
    this.classLoader = classLoader;
  }

  public void migrate(List<? extends ModuleSchema> schemas) {
    schemas.stream()
        .sorted(Comparator.comparingInt(ModuleSchema::order).thenComparing(ModuleSchema::name))
        .forEach(this::migrate);
  }

  private void migrate(ModuleSchema schema) {
    MigrateResult result =
        Flyway.configure(classLoader)
            .dataSource(dataSource)
            .locations(schema.location())
            .table(schema.historyTable())
            // Every module after the first finds a schema that is not empty; version 0 means "nothing of
            // mine yet", so its V1 still runs.
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Schema of module "
                + schema.name()
                + ": "
                + result.migrationsExecuted
                + " migration(s) applied, now at version "
                + (result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion));
  }
}
