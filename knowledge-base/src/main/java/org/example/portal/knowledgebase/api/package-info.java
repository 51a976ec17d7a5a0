/**
 * What other modules may use of the knowledge base: article suggestions for a text someone is writing (for
 * example a support ticket), as plain references. Nothing here exposes entities or internal articles.
 */
package org.example.portal.knowledgebase.api;
