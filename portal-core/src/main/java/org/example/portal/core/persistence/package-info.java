/**
 * Database plumbing shared by every module: the data source name, schema migrations per module and the
 * start-up sequence that runs them before anything else touches the database.
 */
package org.example.portal.core.persistence;
