/** Lucene analyzers per language: how text becomes searchable terms, and how the query text is read. */
package org.example.portal.core.search.analysis;
