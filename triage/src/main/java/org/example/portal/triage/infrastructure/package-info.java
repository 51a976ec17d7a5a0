/** The inbox's search index: what Lucene holds of each item, so staff search titles and summaries. */
package org.example.portal.triage.infrastructure;
