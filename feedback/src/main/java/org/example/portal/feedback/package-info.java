/**
 * Ideas: customers propose product ideas, vote, comment and follow them; product teams review, merge
 * duplicates, prioritise, change statuses and announce what shipped.
 */
package org.example.portal.feedback;
