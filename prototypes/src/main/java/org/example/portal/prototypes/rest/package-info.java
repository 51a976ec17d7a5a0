/** The samples REST API under {@code /api/v1/samples}: resources and what crosses the wire (never an entity). */
package org.example.portal.prototypes.rest;
