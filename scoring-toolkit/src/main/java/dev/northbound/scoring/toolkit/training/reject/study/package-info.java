/**
 * The measurement of reject inference against the truth (docs/reject-inference.md, "The
 * measurement"): {@link dev.northbound.scoring.toolkit.training.reject.study.RejectInferenceStudy}
 * splits a through-the-door population (accepts with outcomes, rejects without) into a development
 * and a test part, trains one WoE scorecard per {@link
 * dev.northbound.scoring.toolkit.training.reject.study.Candidate} (a way of building the training
 * rows from the accepts and rejects), and evaluates each on the test part: through the door with the
 * rejects' true outcomes, when a truth file exists, and on the accepts alone, which is all a bank
 * can compute. {@link dev.northbound.scoring.toolkit.training.reject.study.StudyReport} writes the
 * report (aggregates only); {@link dev.northbound.scoring.toolkit.training.reject.study.RejectFile}
 * and {@link dev.northbound.scoring.toolkit.training.reject.study.TruthFile} read the rejects and
 * their truth.
 *
 * <p>Nothing in this package's API is null unless marked. Results are immutable and thread-safe.
 */
package dev.northbound.scoring.toolkit.training.reject.study;
