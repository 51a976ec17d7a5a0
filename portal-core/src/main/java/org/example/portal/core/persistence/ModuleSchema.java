package org.example.portal.core.persistence;

/**
 * A module's own database tables. Each module contributes one bean of this type; its Flyway scripts live
 * under {@code db/migration/<name>} and its history in a table of its own, so modules migrate
 * independently and never edit each other's tables.
 */
public interface ModuleSchema {

  /** Short module name, used for the script folder and the history table. Lower case, no spaces. */
  String name();

  /** Lower runs first. Core is 0; features that read core's tables come after it. */
  default int order() {
    return 100;
  }

  default String location() {
    return "classpath:db/migration/" + name();
  }

  default String historyTable() {
    return name() + "_schema_history";
  }
}
