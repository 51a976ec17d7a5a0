/**
 * Search measured on real text nobody on the team wrote, the Python and Perl FAQs: retrieval quality of the
 * knowledge base's search ({@code ./portal kb-eval}) and its speed at 100,000 articles beside PostgreSQL
 * full-text search ({@code ./portal bench kb-search}).
 */
package org.example.portal.bench.search;
