/** Staff teams and the product areas they cover. */
package org.example.portal.core.team.domain;
