/** Articles, their published versions, categories, readers' feedback and the search log: the rules live here. */
package org.example.portal.knowledgebase.domain;
