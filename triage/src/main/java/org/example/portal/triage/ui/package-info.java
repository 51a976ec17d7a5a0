/** Staff views of triage: the inbox with filters and bulk actions, the routing rules editor with its dry run, and a customer's story. */
package org.example.portal.triage.ui;
