/** The help centre customers read and search, and the staff views that write, import and analyse articles. */
package org.example.portal.knowledgebase.ui;
