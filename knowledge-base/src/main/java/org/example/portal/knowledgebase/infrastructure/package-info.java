/** The module's schema and what it hands the core search index. */
package org.example.portal.knowledgebase.infrastructure;
