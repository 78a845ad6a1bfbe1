/**
 * A synthetic Greater Bay Area portfolio: Hong Kong residents applying for credit in the nine
 * mainland GBA cities, generated from a written-down model (see {@code docs/synthetic-data.md}).
 *
 * <p>The data is <strong>synthetic</strong>. No real person is described; the generator exists
 * because no public data set covers Hong Kong residents borrowing on the mainland. Every applicant
 * has two latent traits, capacity and willingness, drawn per {@link
 * dev.northbound.scoring.toolkit.synthetic.Segment}; the credit file (bureau report, bills, rent,
 * tax, MPF, social insurance and the application) and the 12-month outcome follow from them.
 *
 * <p>Entry point: {@link dev.northbound.scoring.toolkit.synthetic.PortfolioGenerator}. Generation
 * is a pure function of (seed, index), so it is deterministic and parallel. {@link
 * dev.northbound.scoring.toolkit.synthetic.ThroughTheDoorFiles} lets a simulated past policy ({@link
 * dev.northbound.scoring.toolkit.synthetic.IncumbentPolicy}) split a portfolio into accepts, rejects
 * without outcome and a truth file ({@code docs/reject-inference.md}). Nothing in this
 * package's API is null unless marked.
 */
package dev.northbound.scoring.toolkit.synthetic;
