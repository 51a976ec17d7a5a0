/** Product samples: customers receive prototypes and samples on the condition that they give feedback, which is tracked, reminded and enforced. */
package org.example.portal.prototypes;
