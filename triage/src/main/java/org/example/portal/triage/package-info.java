/** Triage: one staff inbox for every submission, routing rules to product and support teams, and each customer's whole story. */
package org.example.portal.triage;
