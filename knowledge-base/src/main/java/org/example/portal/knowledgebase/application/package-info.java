/** Knowledge base use cases: writing and publishing articles, reading and searching them, importing, analytics. */
package org.example.portal.knowledgebase.application;
