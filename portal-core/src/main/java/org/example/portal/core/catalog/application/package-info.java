/** Catalog maintenance use cases (admins) and catalog reads (everyone). */
package org.example.portal.core.catalog.application;
