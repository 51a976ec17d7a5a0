/** How sample feedback is searched beyond plain JPA: the free-text answers' search index and its source. */
package org.example.portal.prototypes.infrastructure;
