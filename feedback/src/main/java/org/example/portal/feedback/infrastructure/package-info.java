/** How ideas are stored and searched beyond plain JPA: the search index's source and bulk vote moves. */
package org.example.portal.feedback.infrastructure;
