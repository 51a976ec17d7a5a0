/** REST resources and their wire types (never entities) under {@code /api/v1}. */
package org.example.portal.core.catalog.rest;
