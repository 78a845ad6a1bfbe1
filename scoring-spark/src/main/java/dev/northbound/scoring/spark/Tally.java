package dev.northbound.scoring.spark;

import java.io.Serializable;

/**
 * One partition's (or, merged, the whole run's) score table with the rows left out of it.
 *
 * @param groups the scored, labelled rows
 * @param skipped rows that failed scoring (their error column is set)
 * @param unlabelled rows scored but without a good or bad outcome
 */
record Tally(ScoreGroups groups, long skipped, long unlabelled) implements Serializable {

  Tally merge(Tally o) {
    return new Tally(groups.merge(o.groups), skipped + o.skipped, unlabelled + o.unlabelled);
  }
}
