/**
 * The samples screens: customers find programs, apply with the terms, follow their requests and give
 * feedback (with drafts); product teams edit programs, review applications, record shipping and read results.
 */
package org.example.portal.prototypes.ui;
