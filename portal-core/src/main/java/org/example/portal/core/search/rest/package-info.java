/** Staff endpoints that reconcile and rebuild the search indexes. */
package org.example.portal.core.search.rest;
