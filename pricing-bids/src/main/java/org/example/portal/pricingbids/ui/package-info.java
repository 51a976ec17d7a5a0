/** Vaadin views of bids: customers' bids and the bid page, the product team's queue and demand analysis. */
package org.example.portal.pricingbids.ui;
