package org.iocconsole.sync.demo;

/**
 * A generated report before it is given an id and its workflow plan.
 *
 * @param order a tie-breaker for reports made in the same second, stable for the seed
 * @param agency the body that will be responsible
 * @param wish how the story should end; a duplicate needs an earlier similar report, else it is handled
 */
record ReportDraft(Report report, long order, String agency, ReportPlanner.Outcome wish) {}
