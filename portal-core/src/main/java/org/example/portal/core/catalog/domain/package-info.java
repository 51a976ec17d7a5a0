/** The product catalog every feature refers to: product areas and the products in them. */
package org.example.portal.core.catalog.domain;
