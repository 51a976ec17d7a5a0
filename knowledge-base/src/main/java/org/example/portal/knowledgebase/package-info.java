/** Knowledge base: FAQ articles with full-text search. */
package org.example.portal.knowledgebase;
