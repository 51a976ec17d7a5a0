/** The knowledge base under {@code /api/v1/kb}: public reading and search, staff editing under {@code kb/admin}. */
package org.example.portal.knowledgebase.rest;
