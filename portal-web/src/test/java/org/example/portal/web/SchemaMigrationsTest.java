package org.example.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import org.example.portal.core.persistence.ModuleSchema;
import org.example.portal.core.persistence.SchemaMigrator;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Every module's migrations apply to a new embedded database in the mode the portal runs it in, and
 * running them again changes nothing. The integration tests apply the same scripts to PostgreSQL.
 */
class SchemaMigrationsTest {

  static List<ModuleSchema> allModuleSchemas() {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.example.portal")
        .stream()
        .filter(c -> c.isAssignableTo(ModuleSchema.class) && !c.isInterface())
        .map(JavaClass::reflect)
        .map(SchemaMigrationsTest::instantiate)
        .toList();
  }

  private static ModuleSchema instantiate(Class<?> type) {
    try {
      return (ModuleSchema) type.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("Cannot create " + type, e);
    }
  }

  @Test
  void everyModuleMigratesAnEmptyEmbeddedDatabaseAndAgainWithoutChange() throws Exception {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    List<ModuleSchema> schemas = allModuleSchemas();
    assertFalse(schemas.isEmpty());
    SchemaMigrator migrator = new SchemaMigrator(h2, getClass().getClassLoader());

    migrator.migrate(schemas);
    int tables = countTables(h2);
    migrator.migrate(schemas);

    assertEquals(tables, countTables(h2));
    try (Connection c = h2.getConnection();
        ResultSet rs = c.createStatement().executeQuery("select count(*) from core_account")) {
      rs.next();
      assertEquals(0, rs.getInt(1));
    }
  }

  private static int countTables(JdbcDataSource ds) throws Exception {
    try (Connection c = ds.getConnection();
        ResultSet rs =
            c.createStatement()
                .executeQuery("select count(*) from information_schema.tables where table_schema = 'public'")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
