/**
 * Full-text search on Apache Lucene that every module uses for its own index: one index per context under
 * {@code PORTAL_DATA_DIR/search/<context>}, updated after commit from {@link
 * org.example.portal.core.search.IndexChange} events, reconciled with the database at start-up through each
 * module's {@link org.example.portal.core.search.SearchSource}. Indexes are derived data: delete the folder
 * and they are rebuilt.
 */
package org.example.portal.core.search;
