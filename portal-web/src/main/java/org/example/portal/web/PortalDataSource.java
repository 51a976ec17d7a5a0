package org.example.portal.web;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's one data source, created at deployment from environment variables (Payara substitutes
 * {@code ${ENV=NAME:default}}): PORTAL_DB_URL, PORTAL_DB_USER, PORTAL_DB_PASSWORD and the data source class
 * PORTAL_DB_CLASS. The default is an embedded H2 database in the user's home folder; the run script
 * always passes a URL under its data folder instead.
 */
@DataSourceDefinition(
    name = "java:app/jdbc/portal",
    className = "${ENV=PORTAL_DB_CLASS:org.h2.jdbcx.JdbcDataSource}",
    url =
        "${ENV=PORTAL_DB_URL:jdbc:h2:file:~/portal-data/db/portal;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH}",
    user = "${ENV=PORTAL_DB_USER:portal}",
    password = "${ENV=PORTAL_DB_PASSWORD:portal}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {"fish.payara.log-jdbc-calls=false"})
@ApplicationScoped
public class PortalDataSource {}
