/**
 * Catalog admin views: the page where admins keep product areas and products up to date, and the dialogs
 * that edit one area or product through {@code CatalogService}. Customer-facing catalog pickers belong in
 * the features that use them.
 */
package org.example.portal.core.catalog.ui;
